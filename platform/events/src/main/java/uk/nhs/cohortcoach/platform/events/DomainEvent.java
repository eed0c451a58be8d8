package uk.nhs.cohortcoach.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened, named in the past tense. Every event is an immutable record that carries
 * its own id and the instant it happened; {@link #aggregateId()} names the thing it happened to
 * (the Kafka key, so events about one thing stay in order).
 */
public interface DomainEvent {

    UUID eventId();

    Instant occurredAt();

    String aggregateId();
}
