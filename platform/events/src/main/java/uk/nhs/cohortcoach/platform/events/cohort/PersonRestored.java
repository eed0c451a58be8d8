package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme manager brought an archived person back: they are in people lists and pickers again (in
 * no team: joining one is a ParticipantJoined as usual). Carries only the id.
 */
public record PersonRestored(UUID eventId, Instant occurredAt, String personId) implements CohortEvent {

    @Override
    public String aggregateId() {
        return personId;
    }
}
