package uk.nhs.cohortcoach.coachingservice.readmodel;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/**
 * Applies cohort-service's events to the read model, through the inbox (once per event id). The live
 * listener and a rebuild's replay both come here; a lock keeps them from interleaving in this
 * instance, so a rebuild never races a live event between dropping the views and replaying.
 */
@Component
public class ReadModelProjection {

    /** The inbox consumer name: its processed event ids are dropped by a rebuild. */
    public static final String CONSUMER = "coaching.read-model";

    private final MongoTemplate mongo;
    private final EventInbox inbox;
    private final ReentrantLock lock = new ReentrantLock();

    ReadModelProjection(MongoTemplate mongo, EventInbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    /** Hands one record of the cohort topic to the inbox; true when it was handled (not skipped). */
    public boolean receive(String recordValue) {
        lock.lock();
        try {
            return inbox.receive(CONSUMER, recordValue, this::handle);
        } finally {
            lock.unlock();
        }
    }

    /** Runs the work (a rebuild) with live events held back. */
    <T> T exclusively(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (event instanceof PersonErased erased) {
            // in this consumer, after the person's earlier events: a lagging or replayed PersonUpdated cannot bring them back
            mongo.remove(Query.query(Criteria.where("_id").is(erased.personId())), PersonView.class);
        } else if (event instanceof CohortEvent cohortEvent) {
            ViewUpdate.of(cohortEvent).ifPresent(this::apply);
        }
    }

    void apply(ViewUpdate change) {
        mongo.upsert(Query.query(Criteria.where("_id").is(change.id())), change.update(), change.view());
    }
}
