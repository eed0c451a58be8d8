package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.Collection;
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
}
