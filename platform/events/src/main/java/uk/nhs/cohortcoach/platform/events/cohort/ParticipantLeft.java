package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person left a collaborative's team. */
public record ParticipantLeft(
        UUID eventId,
        Instant occurredAt,
        String personId,
        String collaborativeId,
        String cohortId,
        LocalDate leftOn) implements CohortEvent {

    @Override
    public String aggregateId() {
        return personId;
    }
}
