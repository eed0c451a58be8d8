package uk.nhs.cohortcoach.platform.support.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Finds documents whose {@code _outbox} entries were written before pointers existed and writes a
 * {@link PendingWrite} for each: one full scan of every collection, once per database (a marker in
 * {@value #MARKER_COLLECTION} records that it was done). Entries that already have a pointer get a
 * second one, which the relay removes as soon as their events are published.
 */
final class LegacyOutboxScan {

    static final String MARKER_COLLECTION = "outbox_upgrade";
    static final String MARKER = "pointers-for-legacy-entries";

    private final MongoTemplate mongo;
    private final Clock clock;

    LegacyOutboxScan(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return how many documents got a pointer (0 when the scan was done before) */
    int run() {
        if (mongo.execute(MARKER_COLLECTION, c -> c.find(Filters.eq("_id", MARKER)).first()) != null) {
            return 0;
        }
        int found = 0;
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.") || collection.equals(PendingWrite.COLLECTION)
                    || collection.equals(MARKER_COLLECTION)) {
                continue;
            }
            List<Document> pointers = new ArrayList<>();
            for (Document document : mongo.execute(collection, c -> c.find(Filters.exists(OutboxEntry.FIELD + ".0"))
                    .projection(Projections.include(OutboxEntry.FIELD)).into(new ArrayList<>()))) {
                List<Document> entries = document.getList(OutboxEntry.FIELD, Document.class);
                Instant recordedAt = entries.stream().map(entry -> entry.getDate("recordedAt")).filter(java.util.Objects::nonNull)
                        .map(Date::toInstant).min(Instant::compareTo).orElse(clock.instant());
                pointers.add(PendingWrite.of(collection, document.get("_id"),
                        entries.stream().map(entry -> entry.getString("eventId")).toList(), recordedAt).toDocument());
            }
            if (!pointers.isEmpty()) {
                mongo.execute(PendingWrite.COLLECTION, c -> c.insertMany(pointers));
                found += pointers.size();
            }
        }
        mongo.execute(MARKER_COLLECTION, c -> c.insertOne(new Document("_id", MARKER).append("completedAt", Date.from(clock.instant()))));
        return found;
    }
}
