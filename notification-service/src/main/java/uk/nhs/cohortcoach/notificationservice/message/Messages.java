package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** The messages this thread's open {@link Batch} holds back, in the order they were enqueued. */
    private final ThreadLocal<Map<String, Message>> held = new ThreadLocal<>();

    Messages(MongoTemplate mongo, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores a message unless the same (source, recipient, purpose) is stored already.
     *
     * @return true when it was new
     */
    public boolean enqueue(NewMessage message) {
        Instant now = clock.instant();
        Map<String, Message> batch = held.get();
        if (batch != null) {
            return batch.putIfAbsent(message.id(), Message.pending(message, now).withVersion(0L)) == null;
        }
        try {
            mongo.insert(Message.pending(message, now));
            if (!message.dueAt().isAfter(now)) {
                events.publishEvent(new MessagesDue(1));
            }
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

    /**
     * Makes due now the pending messages about these subjects that wait for the given reason (a survey email
     * waiting for its wave, released by WaveOpened); answers how many.
     */
    public int releaseWaiting(Collection<String> subjectIds, Collection<Purpose> purposes, String reason) {
        writeHeld();
        if (subjectIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Query waiting = Query.query(Criteria.where("subjectId").in(subjectIds).and("purpose").in(purposes)
                .and("status").is(DeliveryStatus.PENDING).and("lastError").is(reason));
        int released = (int) mongo.updateMulti(waiting, new Update().set("dueAt", now).set("updatedAt", now).inc("version", 1),
                Message.class).getModifiedCount();
        if (released > 0) {
            events.publishEvent(new MessagesDue(released));
        }
        return released;
    }

    private int withdraw(Criteria which, String reason) {
        writeHeld();
        Instant now = clock.instant();
        Query query = Query.query(which.and("status").is(DeliveryStatus.PENDING));
        Update update = new Update().set("status", DeliveryStatus.WITHDRAWN).set("lastError", reason)
                .set("updatedAt", now).set("completedAt", now).inc("version", 1);
        return (int) mongo.updateMulti(query, update, Message.class).getModifiedCount();
    }

    /**
     * Claims the most overdue pending message nobody else holds: one atomic find-and-modify, so two
     * instances never both take the same message. The claim lasts {@code lease}; if its holder dies,
     * another instance takes the message after that.
     */
    public Optional<Message> claimDue(String owner, Duration lease) {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(DeliveryStatus.PENDING).and("dueAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)))
                .with(Sort.by("dueAt"));
        Update claim = new Update().set("claimedUntil", now.plus(lease)).set("claimedBy", owner).inc("version", 1);
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Message.class));
    }

    /**
     * Stores a message's new state, with the events it causes, if nobody changed it since it was read.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when somebody did
     */
    public Message save(Message message, DomainEvent... events) {
        Message saved = outbox.update(message, events);
        if (saved.status() == DeliveryStatus.PENDING && saved.claimedUntil() == null && saved.dueAt() != null
                && !saved.dueAt().isAfter(clock.instant())) {
            this.events.publishEvent(new MessagesDue(1));
        }
        return saved;
    }

    public Optional<Message> find(String id) {
        writeHeld();
        return Optional.ofNullable(mongo.findById(id, Message.class));
    }

    /** The message GOV.UK Notify knows by this id. */
    public Optional<Message> findByProviderReference(String providerReference) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("providerReference").is(providerReference)),
                Message.class));
    }

    /**
     * The delivery log, filtered by any of person, the people a search found, status, causing event and purpose
     * (null = any).
     */
    public Page<Message> search(LogFilter filter, PageQuery page) {
        Criteria criteria = new Criteria();
        if (filter.personId() != null && filter.recipientIds() != null) {
            criteria = criteria.and("recipientId").in(filter.recipientIds().contains(filter.personId()) ? java.util.List.of(filter.personId())
                    : java.util.List.of());
        } else if (filter.personId() != null) {
            criteria = criteria.and("recipientId").is(filter.personId());
        } else if (filter.recipientIds() != null) {
            criteria = criteria.and("recipientId").in(filter.recipientIds());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.eventId() != null) {
            criteria = criteria.and("eventId").is(filter.eventId());
        }
        if (filter.purpose() != null) {
            criteria = criteria.and("purpose").is(filter.purpose());
        }
        return page.find(mongo, Query.query(criteria), Message.class);
    }

    /**
     * Filters of the delivery log; a null field does not filter.
     *
     * @param recipientIds messages to any of these people (a search by name or email found them; empty: none found)
     */
    public record LogFilter(String personId, DeliveryStatus status, String eventId, Purpose purpose, Collection<String> recipientIds) {

        public LogFilter(String personId, DeliveryStatus status, String eventId, Purpose purpose) {
            this(personId, status, eventId, purpose, null);
        }
    }

    /**
     * Opens a batch on this thread (a batch listener's poll): until it is flushed, {@link #enqueue} holds messages back
     * and {@link Batch#flush()} writes them in one unordered bulk insert, where an id stored already is a duplicate key
     * and skipped, as one enqueue's is. Any other read or write of the store on this thread (a withdrawal, a release, a
     * find) writes the held messages first, so an event's withdrawal always sees what the events before it enqueued.
     */
    public Batch batch() {
        if (held.get() != null) {
            throw new IllegalStateException("a batch is open on this thread already");
        }
        held.set(new LinkedHashMap<>());
        return new Batch();
    }

    /** See {@link #batch()}. Closing it drops what was not flushed (its events were not recorded as handled either). */
    public final class Batch implements AutoCloseable {

        private Batch() {
        }

        /** @return how many held messages were new */
        public int flush() {
            return writeHeld();
        }

        @Override
        public void close() {
            held.remove();
        }
    }

    private int writeHeld() {
        Map<String, Message> batch = held.get();
        if (batch == null || batch.isEmpty()) {
            return 0;
        }
        List<Message> writing = List.copyOf(batch.values());
        batch.clear();
        int inserted;
        try {
            inserted = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Message.class).insert(writing).execute().getInsertedCount();
        } catch (BulkOperationException partly) {
            if (partly.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw partly;
            }
            inserted = partly.getResult().getInsertedCount();
            log.debug("{} of {} held messages existed already", writing.size() - inserted, writing.size());
        }
        Instant now = clock.instant();
        long dueNow = writing.stream().filter(m -> !m.dueAt().isAfter(now)).count();
        if (inserted > 0 && dueNow > 0) {
            events.publishEvent(new MessagesDue((int) Math.min(dueNow, inserted)));
        }
        return inserted;
    }

    /** MongoDB's error code for a duplicate key. */
    private static final int DUPLICATE_KEY = 11000;
}
