package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.util.List;

/** What a programme manager sets on a collaborative. */
public record CollaborativeDetails(String name, Sector sector, String ics, List<MemberOrganisation> members,
        String seniorResponsibleOfficer, StrategicPriority priority, int plannedCoachingHours, List<String> coachIds) {

    public CollaborativeDetails {
        members = members == null ? List.of() : List.copyOf(members);
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }
}
