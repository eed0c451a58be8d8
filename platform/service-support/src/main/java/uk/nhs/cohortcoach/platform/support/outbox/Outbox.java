package uk.nhs.cohortcoach.platform.support.outbox;

import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
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
 * are stored or neither is; the {@link OutboxRelay} publishes the events afterwards. Updates are
 * optimistic: an aggregate with a {@code @Version} field that someone else changed meanwhile is not
 * written and raises {@link OptimisticLockingFailureException}, and its events are not recorded.
 */
public class Outbox {

    private final MongoTemplate mongo;
    private final TraceCarrier trace;

    public Outbox(MongoTemplate mongo) {
        this(mongo, TraceCarrier.NONE);
    }

    Outbox(MongoTemplate mongo, TraceCarrier trace) {
        this.mongo = mongo;
        this.trace = trace;
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
        document.put(OutboxEntry.FIELD, entries(events));
        mongo.execute(entity.getCollection(), collection -> collection.insertOne(document));
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
        UpdateResult result = mongo.execute(entity.getCollection(),
                collection -> collection.updateOne(query, update, new UpdateOptions()));
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(entity.getType().getSimpleName() + " " + id
                    + " was changed or removed by someone else since it was read");
        }
        return read(aggregate, document);
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
