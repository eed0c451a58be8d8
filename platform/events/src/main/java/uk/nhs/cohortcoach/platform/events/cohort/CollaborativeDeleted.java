package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme manager deleted a collaborative enrolled by mistake; cohort-service allows it only while
 * nothing depends on it (nobody was ever in its team, no coaching session). Read models drop the
 * collaborative.
 *
 * @param name the collaborative's name when it was deleted, for logs and messages
 */
public record CollaborativeDeleted(UUID eventId, Instant occurredAt, String collaborativeId, String cohortId, String name)
        implements CohortEvent {

    @Override
    public String aggregateId() {
        return collaborativeId;
    }
}
