package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cohort's details or status changed; carries the whole new state. */
public record CohortUpdated(
        UUID eventId,
        Instant occurredAt,
        String cohortId,
        String name,
        int phase,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        String status) implements CohortEvent {

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
