package uk.nhs.cohortcoach.platform.support.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * A pointer to one outbox write: the document a write is about to give (or gave) pending events, and
 * those events' ids. It is written <em>before</em> the document, so every pending event has one, and
 * exists only while its events wait; the relay reads these, oldest first, instead of scanning every
 * collection. {@code recordedAt} orders writes across collections; {@code _id} (an ObjectId, whose
 * counter grows within a process) breaks ties in one process's order.
 */
record PendingWrite(ObjectId id, String collection, Object documentId, List<String> eventIds, Instant recordedAt) {

    /** The collection of pointers, in the service's own database. */
    static final String COLLECTION = "outbox_pending";

    static PendingWrite of(String collection, Object documentId, List<String> eventIds, Instant now) {
        return new PendingWrite(new ObjectId(), collection, documentId, List.copyOf(eventIds), now);
    }

    Document toDocument() {
        return new Document("_id", id).append("collection", collection).append("documentId", documentId)
                .append("eventIds", eventIds).append("recordedAt", Date.from(recordedAt));
    }

    static PendingWrite fromDocument(Document document) {
        return new PendingWrite(document.getObjectId("_id"), document.getString("collection"), document.get("documentId"),
                document.getList("eventIds", String.class, List.of()), document.getDate("recordedAt").toInstant());
    }
}
