package uk.nhs.cohortcoach.platform.support.outbox;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.MDC;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.events.DomainEvent;

/**
 * Saves an aggregate and the events its change causes in one MongoDB document write, so either both
 * are stored or neither is; the {@link OutboxRelay} publishes the events afterwards. Before that write a
 * pointer to it goes into {@value PendingWrite#COLLECTION} (see {@link PendingWrite}), so the relay finds
 * pending events without scanning the data; after it the relay of this process is woken. Updates are
 * optimistic: an aggregate with a {@code @Version} field that someone else changed meanwhile is not
 * written and raises {@link OptimisticLockingFailureException}, and its events are not recorded.
 */
public class Outbox {

    private final MongoTemplate mongo;
    private final TraceCarrier trace;
    private final RelayTrigger relay;
    private final Clock clock;

    /** An outbox whose writes wake no relay: its events wait for a relay's recovery poll. */
    public Outbox(MongoTemplate mongo) {
        this(mongo, TraceCarrier.NONE, new RelayTrigger(), Clock.systemUTC());
    }

    Outbox(MongoTemplate mongo, TraceCarrier trace, RelayTrigger relay, Clock clock) {
        this.mongo = mongo;
        this.trace = trace;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Inserts a new aggregate with its events.
     *
     * @return the aggregate as stored (version 0 when it has a version field)
     * @throws org.springframework.dao.DuplicateKeyException when one with the same id (or unique key) exists
     */
    public <T> T insert(T aggregate, DomainEvent... events) {
        MongoPersistentEntity<?> entity = entityOf(aggregate);
        Document document = toDocument(aggregate);
        MongoPersistentProperty version = entity.getVersionProperty();
        if (version != null) {
            document.put(version.getFieldName(), 0L);
        }
        if (document.get("_id") == null) {
            document.put("_id", new ObjectId()); // what the driver would give it, known before the write
        }
        List<Document> entries = entries(events);
        document.put(OutboxEntry.FIELD, entries);
        recording(entity.getCollection(), document.get("_id"), entries,
                () -> mongo.execute(entity.getCollection(), collection -> collection.insertOne(document)));
        document.remove(OutboxEntry.FIELD);
        return read(aggregate, document);
    }

    /**
     * Replaces a stored aggregate's state and appends its events, if its version is still the one it was read at.
     *
     * @return the aggregate as stored, with its version advanced
     * @throws OptimisticLockingFailureException when it changed (or vanished) since it was read
     */
    public <T> T update(T aggregate, DomainEvent... events) {
        MongoPersistentEntity<?> entity = entityOf(aggregate);
        Document document = toDocument(aggregate);
        Object id = document.get("_id");
        if (id == null) {
            throw new IllegalArgumentException("cannot update an aggregate without an id: " + aggregate);
        }
        MongoPersistentProperty version = entity.getVersionProperty();
        Bson filter = Filters.eq("_id", id);
        Document set = new Document(document);
        set.remove("_id");
        Document update = new Document();
        if (version != null) {
            Object expected = document.get(version.getFieldName());
            // one flat document, not {$and: [...]}: the Mongo wire server serves a query from an index only when
            // its fields are exactly the index's (a collection may index {_id, version} for it)
            filter = new Document("_id", id).append(version.getFieldName(), expected);
            set.remove(version.getFieldName());
            update.append("$inc", new Document(version.getFieldName(), 1L));
            document.put(version.getFieldName(), ((Number) expected).longValue() + 1);
        }
        Document unset = absentFields(entity, document);
        update.append("$set", set);
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        List<Document> entries = entries(events);
        if (!entries.isEmpty()) {
            update.append("$push", new Document(OutboxEntry.FIELD, new Document("$each", entries)));
        }
        Bson query = filter;
        recording(entity.getCollection(), id, entries, () -> {
            UpdateResult result = mongo.execute(entity.getCollection(),
                    collection -> collection.updateOne(query, update, new UpdateOptions()));
            if (result.getMatchedCount() == 0) {
                throw new OptimisticLockingFailureException(entity.getType().getSimpleName() + " " + id
                        + " was changed or removed by someone else since it was read");
            }
            return result;
        });
        return read(aggregate, document);
    }

    /**
     * Writes the pointer to the pending events first, then the document, then wakes the relay. A crash
     * between the two writes leaves a pointer whose events are in no document: the relay removes it once
     * it is older than any write can take. A write that fails takes its pointer back at once.
     */
    private void recording(String collection, Object id, List<Document> entries, Supplier<?> write) {
        if (entries.isEmpty()) {
            write.get();
            return;
        }
        PendingWrite pointer = PendingWrite.of(collection, id, entries.stream().map(e -> e.getString("eventId")).toList(),
                clock.instant());
        mongo.execute(PendingWrite.COLLECTION, pointers -> pointers.insertOne(pointer.toDocument()));
        try {
            write.get();
        } catch (RuntimeException failed) {
            try {
                mongo.execute(PendingWrite.COLLECTION, pointers -> pointers.deleteOne(Filters.eq("_id", pointer.id())));
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed); // the relay removes it when it is old enough
            }
            throw failed;
        }
        relay.pull();
    }

    private List<Document> entries(DomainEvent... events) {
        String correlationId = MDC.get(CorrelationIds.MDC_KEY);
        java.util.Map<String, String> headers = trace.capture();
        return Arrays.stream(events).map(event -> OutboxEntry.of(event, correlationId, headers).toDocument()).toList();
    }

    private MongoPersistentEntity<?> entityOf(Object aggregate) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
    }

    private Document toDocument(Object aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.remove("_class");
        return document;
    }

    private static Document absentFields(MongoPersistentEntity<?> entity, Document document) {
        Document unset = new Document();
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!document.containsKey(field)) {
                unset.append(field, "");
            }
        }
        return unset;
    }

    @SuppressWarnings("unchecked")
    private <T> T read(T aggregate, Document document) {
        return (T) mongo.getConverter().read(aggregate.getClass(), document);
    }
}
