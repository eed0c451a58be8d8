package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme manager archived a person: they have left every team (a ParticipantLeft for each, published
 * just before this on the same key) and are left out of people lists and pickers; their history stays.
 * Not an erasure: nothing about them is removed. Carries only the id.
 */
public record PersonArchived(UUID eventId, Instant occurredAt, String personId) implements CohortEvent {

    @Override
    public String aggregateId() {
        return personId;
    }
}
