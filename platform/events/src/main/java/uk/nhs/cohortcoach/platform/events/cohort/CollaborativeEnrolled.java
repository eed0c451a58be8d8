package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A collaborative joined a cohort. */
public record CollaborativeEnrolled(
        UUID eventId,
        Instant occurredAt,
        String collaborativeId,
        String cohortId,
        String name,
        String sector,
        String ics,
        List<String> memberOdsCodes,
        String priorityArea,
        int plannedCoachingHours) implements CohortEvent {

    public CollaborativeEnrolled {
        memberOdsCodes = memberOdsCodes == null ? List.of() : List.copyOf(memberOdsCodes);
    }

    @Override
    public String aggregateId() {
        return collaborativeId;
    }
}
