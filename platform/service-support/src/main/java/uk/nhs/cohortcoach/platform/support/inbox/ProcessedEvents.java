package uk.nhs.cohortcoach.platform.support.inbox;

import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The events each consumer has handled, one document per (consumer, event id), its id unique, in
 * the consuming service's own database.
 */
class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean contains(String consumer, UUID eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id(consumer, eventId))), COLLECTION);
    }

    /** Records the event as handled; a second record of the same event is ignored. */
    void record(String consumer, UUID eventId, String type) {
        try {
            mongo.insert(new Document("_id", id(consumer, eventId)).append("consumer", consumer)
                    .append("eventId", eventId.toString()).append("type", type)
                    .append("processedAt", java.util.Date.from(Instant.now())), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // delivered twice at once and handled by the other delivery: nothing more to do
        }
    }

    private static String id(String consumer, UUID eventId) {
        return consumer + ":" + eventId;
    }
}
