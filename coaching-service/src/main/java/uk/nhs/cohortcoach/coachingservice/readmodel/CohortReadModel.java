package uk.nhs.cohortcoach.coachingservice.readmodel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;

/**
 * The read model of cohort-service's events, declared for the platform's read-model mechanism: it
 * reads {@code cohort.events.v1} in the service's consumer group, owns the three view collections, and
 * applies each event as the idempotent upsert {@link ViewUpdate} gives (a PersonErased removes the
 * person's view, a CohortDeleted or CollaborativeDeleted the cohort's or collaborative's).
 */
@Configuration(proxyBeanMethods = false)
public class CohortReadModel {

    /** The read model's name, also its inbox consumer name: its processed event ids are dropped by a rebuild. */
    public static final String CONSUMER = "coaching.read-model";

    @Bean
    Projection coachingReadModel(MongoTemplate mongo) {
        return projection(mongo);
    }

    static Projection projection(MongoTemplate mongo) {
        Projection.Handler<CohortEvent> view = event -> ViewUpdate.of(event)
                .ifPresent(change -> mongo.upsert(Query.query(Criteria.where("_id").is(change.id())), change.update(), change.view()));
        return Projection.named(CONSUMER).topics(Topics.COHORT)
                // every handler is one upsert or remove by id: the topic's partitions can be handled side by side
                .partitionsInParallel()
                .collections(CohortView.class, CollaborativeView.class, PersonView.class)
                .on(CohortCreated.class, view::apply)
                .on(CohortUpdated.class, view::apply)
                .on(CollaborativeEnrolled.class, view::apply)
                .on(CollaborativeUpdated.class, view::apply)
                .on(PersonRegistered.class, view::apply)
                .on(PersonUpdated.class, view::apply)
                .on(ParticipantJoined.class, view::apply)
                .on(ParticipantLeft.class, view::apply)
                // after the person's earlier events in this consumer: a lagging or replayed PersonUpdated cannot bring them back
                .on(PersonErased.class, erased -> mongo.remove(Query.query(Criteria.where("_id").is(erased.personId())), PersonView.class))
                // after the cohort's or collaborative's earlier events on its key: a replay ends with it gone
                .on(CohortDeleted.class, deleted -> mongo.remove(Query.query(Criteria.where("_id").is(deleted.cohortId())), CohortView.class))
                .on(CollaborativeDeleted.class, deleted -> mongo.remove(
                        Query.query(Criteria.where("_id").is(deleted.collaborativeId())), CollaborativeView.class))
                .build();
    }
}
