package uk.nhs.cohortcoach.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What travels on a topic: the event's identity and metadata around its JSON payload. Consumers
 * read the envelope first, so an event type they do not know can be skipped without failing.
 *
 * @param eventId       unique per event; consumers are idempotent by it
 * @param type          past-tense name, e.g. {@code SessionScheduled}
 * @param version       the type's contract version; a breaking change is a new version
 * @param occurredAt    when it happened (UTC)
 * @param aggregateId   what it happened to; also the Kafka key
 * @param correlationId the request that caused it, for logs and tracing (may be null)
 * @param payload       the event record as JSON
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String aggregateId,
        String correlationId,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    /** Kafka header names that repeat envelope fields, so a record can be routed without parsing it. */
    public static final class Headers {
        public static final String EVENT_ID = "eventId";
        public static final String TYPE = "eventType";
        public static final String VERSION = "eventVersion";
        public static final String CORRELATION_ID = "correlationId";

        private Headers() {
        }
    }
}
