package uk.nhs.cohortcoach.platform.events;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * Reads and writes envelopes and their events as JSON. Tolerant reader: unknown fields are ignored
 * (producers may add optional fields within a version) and unknown event types read as empty.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    /** Wraps an event in its envelope, with the correlation id of the request that caused it. */
    public static EventEnvelope envelope(DomainEvent event, String correlationId) {
        EventCatalogue.Entry entry = EventCatalogue.forEvent(event);
        return new EventEnvelope(event.eventId(), entry.type(), entry.version(), event.occurredAt(),
                event.aggregateId(), correlationId, MAPPER.valueToTree(event));
    }

    public static String write(EventEnvelope envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /**
     * @throws UnreadableEventException when the text is not an envelope (a poison record)
     */
    public static EventEnvelope read(String json) {
        try {
            EventEnvelope envelope = MAPPER.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                throw new UnreadableEventException("empty record", null);
            }
            return envelope;
        } catch (JacksonException e) {
            throw new UnreadableEventException("not an event envelope: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The event inside an envelope, or empty when this build does not know the type or version.
     *
     * @throws UnreadableEventException when the payload does not fit the known type
     */
    public static Optional<DomainEvent> payload(EventEnvelope envelope) {
        Optional<EventCatalogue.Entry> entry = EventCatalogue.forType(envelope.type())
                .filter(known -> known.version() == envelope.version());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.treeToValue(envelope.payload(), entry.get().javaType()));
        } catch (JacksonException e) {
            throw new UnreadableEventException("payload does not fit " + envelope.type() + " v" + envelope.version(), e);
        }
    }
}
