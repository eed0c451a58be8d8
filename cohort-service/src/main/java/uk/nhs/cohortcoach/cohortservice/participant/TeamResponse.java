package uk.nhs.cohortcoach.cohortservice.participant;

import java.util.List;

/** A collaborative's team: its current members, or every spell when past ones are included. */
record TeamResponse(String collaborativeId, boolean includePast, List<TeamMember> participants) {
}
