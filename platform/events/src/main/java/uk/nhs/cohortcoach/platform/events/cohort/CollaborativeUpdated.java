package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A collaborative's details changed; carries the whole new state. */
public record CollaborativeUpdated(
        UUID eventId,
        Instant occurredAt,
        String collaborativeId,
        String cohortId,
        String name,
        String sector,
        String ics,
        List<String> memberOdsCodes,
        String priorityArea,
        int plannedCoachingHours,
        List<String> coachIds) implements CohortEvent {

    public CollaborativeUpdated {
        memberOdsCodes = memberOdsCodes == null ? List.of() : List.copyOf(memberOdsCodes);
        coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
    }

    @Override
    public String aggregateId() {
        return collaborativeId;
    }
}
