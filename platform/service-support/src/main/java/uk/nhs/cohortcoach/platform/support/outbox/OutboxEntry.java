package uk.nhs.cohortcoach.platform.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventCatalogue;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;

/** One pending event, as kept in the {@value #FIELD} array of the document whose change caused it. */
record OutboxEntry(String eventId, String topic, String key, String type, int version, String correlationId, String json,
        Map<String, String> trace) {

    /** The array field holding pending events in each aggregate document. */
    static final String FIELD = "_outbox";

    static OutboxEntry of(DomainEvent event, String correlationId, Map<String, String> trace) {
        EventEnvelope envelope = EventJson.envelope(event, correlationId);
        return new OutboxEntry(envelope.eventId().toString(), EventCatalogue.forEvent(event).topic(),
                envelope.aggregateId(), envelope.type(), envelope.version(), correlationId, EventJson.write(envelope), trace);
    }

    Document toDocument() {
        return new Document("eventId", eventId).append("topic", topic).append("key", key).append("type", type)
                .append("version", version).append("correlationId", correlationId).append("json", json)
                .append("trace", new Document(new java.util.LinkedHashMap<String, Object>(trace)))
                .append("recordedAt", new Date());
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(document.getString("eventId"), document.getString("topic"), document.getString("key"),
                document.getString("type"), document.getInteger("version", 1), document.getString("correlationId"),
                document.getString("json"), trace(document.get("trace", Document.class)));
    }

    private static Map<String, String> trace(Document trace) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (trace != null) {
            trace.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return headers;
    }

    /** The Kafka record it is published as: keyed by aggregate id, the envelope's id, type, version and correlation id as headers. */
    ProducerRecord<String, String> toRecord() {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        record.headers().add(EventEnvelope.Headers.EVENT_ID, bytes(eventId));
        record.headers().add(EventEnvelope.Headers.TYPE, bytes(type));
        record.headers().add(EventEnvelope.Headers.VERSION, bytes(String.valueOf(version)));
        if (correlationId != null) {
            record.headers().add(EventEnvelope.Headers.CORRELATION_ID, bytes(correlationId));
        }
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
