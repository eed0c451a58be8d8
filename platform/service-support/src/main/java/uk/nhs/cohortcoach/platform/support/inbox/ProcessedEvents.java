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

    /** Of these event ids, those the consumer has handled before: one query ({@code $in}) for a whole batch. */
    java.util.Set<UUID> handledOf(String consumer, java.util.Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return java.util.Set.of();
        }
        Query known = Query.query(Criteria.where("_id").in(eventIds.stream().map(id -> id(consumer, id)).distinct().toList()));
        known.fields().include("eventId");
        java.util.Set<UUID> handled = new java.util.HashSet<>();
        for (Document record : mongo.find(known, Document.class, COLLECTION)) {
            handled.add(UUID.fromString(record.getString("eventId")));
        }
        return handled;
    }

    /** Records a batch's events as handled in one unordered bulk insert; ids recorded already are left as they are. */
    void recordAll(String consumer, java.util.List<uk.nhs.cohortcoach.platform.events.EventEnvelope> events) {
        if (events.isEmpty()) {
            return;
        }
        java.util.Date now = java.util.Date.from(Instant.now());
        java.util.List<Document> records = events.stream().map(event -> new Document("_id", id(consumer, event.eventId()))
                .append("consumer", consumer).append("eventId", event.eventId().toString()).append("type", event.type())
                .append("processedAt", now)).toList();
        try {
            mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(records)
                    .execute();
        } catch (org.springframework.data.mongodb.BulkOperationException partly) {
            if (partly.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw partly;
            }
        }
    }

    /** MongoDB's error code for a duplicate key. */
    static final int DUPLICATE_KEY = 11000;
}
