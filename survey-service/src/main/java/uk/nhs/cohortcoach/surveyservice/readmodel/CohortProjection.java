package uk.nhs.cohortcoach.surveyservice.readmodel;

import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.UnreadableEventException;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/**
 * Keeps {@code rm_cohorts} (name and status of each cohort) from CohortCreated and CohortUpdated, as
 * idempotent upserts, through the inbox under its own consumer name. It listens in a consumer group
 * of its own so that, where survey-service ran before it kept cohorts, the group starts at the
 * beginning of the topic and fills the view with every cohort created so far.
 */
@Component
class CohortProjection {

    /** The inbox consumer name. */
    static final String CONSUMER = "survey.cohorts";

    private static final Set<String> TYPES = Set.of(CohortCreated.class.getSimpleName(), CohortUpdated.class.getSimpleName());

    private final MongoTemplate mongo;
    private final EventInbox inbox;

    CohortProjection(MongoTemplate mongo, EventInbox inbox) {
        this.mongo = mongo;
        this.inbox = inbox;
    }

    /**
     * Hands a cohort's record to the inbox; true when it was handled. Other events are left to
     * {@link ReadModelProjection}, and so is a record that is not an event at all (it dead-letters it).
     */
    boolean receive(String recordValue) {
        try {
            if (!TYPES.contains(EventJson.read(recordValue).type())) {
                return false;
            }
        } catch (UnreadableEventException unreadable) {
            return false;
        }
        return inbox.receive(CONSUMER, recordValue, this::handle);
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (event instanceof CohortCreated e) {
            cohort(e.cohortId(), e.name(), e.status());
        } else if (event instanceof CohortUpdated e) {
            cohort(e.cohortId(), e.name(), e.status());
        }
    }

    private void cohort(String id, String name, String status) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().set("name", name).set("status", status),
                CohortView.class);
    }
}
