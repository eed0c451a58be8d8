package uk.nhs.cohortcoach.platform.support.outbox;

import java.util.Date;
import org.bson.Document;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventCatalogue;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;

/** One pending event, as kept in the {@value #FIELD} array of the document whose change caused it. */
record OutboxEntry(String eventId, String topic, String key, String type, int version, String correlationId, String json) {

    /** The array field holding pending events in each aggregate document. */
    static final String FIELD = "_outbox";

    static OutboxEntry of(DomainEvent event, String correlationId) {
        EventEnvelope envelope = EventJson.envelope(event, correlationId);
        return new OutboxEntry(envelope.eventId().toString(), EventCatalogue.forEvent(event).topic(),
                envelope.aggregateId(), envelope.type(), envelope.version(), correlationId, EventJson.write(envelope));
    }

    Document toDocument() {
        return new Document("eventId", eventId).append("topic", topic).append("key", key).append("type", type)
                .append("version", version).append("correlationId", correlationId).append("json", json)
                .append("recordedAt", new Date());
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(document.getString("eventId"), document.getString("topic"), document.getString("key"),
                document.getString("type"), document.getInteger("version", 1), document.getString("correlationId"),
                document.getString("json"));
    }
}
