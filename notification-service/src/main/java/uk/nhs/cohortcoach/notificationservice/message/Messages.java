package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The store of owed messages. Event handlers {@link #enqueue} what an event asks for (a second
 * enqueue of the same message is a no-op) and {@link #withdraw} what is no longer wanted; the
 * dispatcher claims due messages and records what the provider said.
 */
@Component
public class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    Messages(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Stores a message unless the same (source, recipient, purpose) is stored already.
     *
     * @return true when it was new
     */
    public boolean enqueue(NewMessage message) {
        try {
            mongo.insert(Message.pending(message, clock.instant()));
            return true;
        } catch (DuplicateKeyException repeat) {
            log.debug("message {} ({} for {}) exists already", message.id(), message.purpose(), message.recipientId());
            return false;
        }
    }

    /**
     * Withdraws the pending messages of these purposes about a subject (all recipients): a cancelled
     * session's reminders, a completed action's due notice, an answered invitation's reminders.
     *
     * @return how many were withdrawn
     */
    public int withdraw(String subjectId, Collection<Purpose> purposes, String reason) {
        return withdraw(Criteria.where("subjectId").is(subjectId).and("purpose").in(purposes), reason);
    }

    /** As {@link #withdraw(String, Collection, String)}, for one recipient only. */
    public int withdraw(String subjectId, String recipientId, Collection<Purpose> purposes, String reason) {
        return withdraw(Criteria.where("subjectId").is(subjectId).and("recipientId").is(recipientId).and("purpose").in(purposes),
                reason);
    }

    /**
     * As {@link #withdraw(String, Collection, String)}, except the messages whose source is one of
     * {@code keepSources}: a moved session's reminders are withdrawn while the new ones (which the
     * same event enqueued, perhaps on an earlier delivery) stay pending.
     */
    public int withdrawExcept(String subjectId, Collection<Purpose> purposes, Collection<String> keepSources, String reason) {
        return withdraw(Criteria.where("subjectId").is(subjectId).and("purpose").in(purposes).and("source").nin(keepSources),
                reason);
    }

    private int withdraw(Criteria which, String reason) {
        Instant now = clock.instant();
        Query query = Query.query(which.and("status").is(DeliveryStatus.PENDING));
        Update update = new Update().set("status", DeliveryStatus.WITHDRAWN).set("lastError", reason)
                .set("updatedAt", now).set("completedAt", now).inc("version", 1);
        return (int) mongo.updateMulti(query, update, Message.class).getModifiedCount();
    }
}
