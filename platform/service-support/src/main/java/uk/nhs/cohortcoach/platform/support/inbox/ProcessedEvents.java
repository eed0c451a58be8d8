package uk.nhs.cohortcoach.platform.support.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The events each consumer has handled, one document per (consumer, event id), its id unique, in
 * the consuming service's own database. Records expire after {@link InboxProperties#processedRetention()}
 * (a TTL index on {@code processedAt}, and {@link ProcessedEventsSweep} where the database does not act on
 * it), so the collection does not grow for ever.
 */
class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    /** The TTL index on {@code processedAt}: MongoDB removes a record once it is older than the retention. */
    static final String EXPIRY_INDEX = "processedAt_ttl";

    private final MongoTemplate mongo;

    ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates the TTL index, or replaces it when it was made with another retention (MongoDB refuses to
     * create an index again under the same name with other options).
     */
    void expireAfter(Duration retention) {
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        boolean current = false;
        for (IndexInfo index : indexes.getIndexInfo()) {
            if (EXPIRY_INDEX.equals(index.getName())) {
                current = index.getExpireAfter().map(retention::equals).orElse(false);
                if (!current) {
                    indexes.dropIndex(EXPIRY_INDEX);
                }
            }
        }
        if (!current) {
            indexes.createIndex(new Index().on("processedAt", Sort.Direction.ASC).named(EXPIRY_INDEX).expire(retention));
        }
    }

    /** Removes the records of events handled before the instant (what the TTL index does on real MongoDB). */
    long removeProcessedBefore(Instant instant) {
        return mongo.getCollection(COLLECTION)
                .deleteMany(com.mongodb.client.model.Filters.lt("processedAt", java.util.Date.from(instant))).getDeletedCount();
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
