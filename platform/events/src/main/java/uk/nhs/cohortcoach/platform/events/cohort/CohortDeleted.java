package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme manager deleted a cohort created by mistake; cohort-service allows it only while nothing
 * depends on it (no collaborative, no coaching session, no survey wave). Read models drop the cohort.
 *
 * @param name the cohort's name when it was deleted, for logs and messages
 */
public record CohortDeleted(UUID eventId, Instant occurredAt, String cohortId, String name) implements CohortEvent {

    @Override
    public String aggregateId() {
        return cohortId;
    }
}
