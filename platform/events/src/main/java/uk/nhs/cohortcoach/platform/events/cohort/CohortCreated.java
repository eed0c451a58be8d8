package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cohort (programme phase) was set up. */
public record CohortCreated(
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
