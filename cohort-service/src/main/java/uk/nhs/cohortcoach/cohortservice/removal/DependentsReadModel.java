package uk.nhs.cohortcoach.cohortservice.removal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;

/**
 * The sessions and waves that other services hold for cohorts and collaboratives, kept from their events
 * through the inbox so cohort-service never calls them: a SessionScheduled, WaveScheduled or WaveOpened adds one
 * {@link Dependent} (an upsert by the session's or wave's id, so a repeat changes nothing and the order
 * against cohort events does not matter). A cancelled session still exists in coaching-service, so it
 * still counts. A wave's events each set only their own mark on its one document ({@code opened},
 * {@code cancelled}), so they give the same answer in whichever order they arrive: a wave counts from its
 * WaveScheduled or WaveOpened, whichever comes first, and stops counting on WaveCancelled unless it opened
 * (survey-service cancels only a wave that never opened). A SessionDeleted (a session created by
 * mistake, removed in coaching-service) removes the session's {@link Dependent}: it comes on the session's key,
 * after its SessionScheduled.
 */
@Configuration(proxyBeanMethods = false)
class DependentsReadModel {

    static final String CONSUMER = "cohort.dependents";

    @Bean
    Projection cohortDependents(MongoTemplate mongo) {
        return projection(mongo);
    }

    static Projection projection(MongoTemplate mongo) {
        return Projection.named(CONSUMER).topics(Topics.COACHING, Topics.SURVEY)
                .collections(Dependent.class)
                .on(SessionScheduled.class, scheduled -> upsert(mongo, Dependent.SESSION + ":" + scheduled.sessionId(),
                        Dependent.SESSION, scheduled.cohortId(), scheduled.collaborativeId()))
                .on(SessionDeleted.class, deleted -> mongo.remove(Query.query(Criteria.where("_id")
                        .is(Dependent.SESSION + ":" + deleted.sessionId())), Dependent.class))
                .on(WaveScheduled.class, scheduled -> wave(mongo, scheduled.waveId(), scheduled.cohortId(), new Update()))
                .on(WaveOpened.class, opened -> wave(mongo, opened.waveId(), opened.cohortId(), new Update().set("opened", true)))
                .on(WaveCancelled.class, cancelled -> wave(mongo, cancelled.waveId(), cancelled.cohortId(),
                        new Update().set("cancelled", true)))
                .build();
    }

    private static void wave(MongoTemplate mongo, String waveId, String cohortId, Update mark) {
        mongo.upsert(Query.query(Criteria.where("_id").is(Dependent.WAVE + ":" + waveId)),
                mark.set("kind", Dependent.WAVE).set("cohortId", cohortId).set("collaborativeId", null), Dependent.class);
    }

    private static void upsert(MongoTemplate mongo, String id, String kind, String cohortId, String collaborativeId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().set("kind", kind).set("cohortId", cohortId).set("collaborativeId", collaborativeId), Dependent.class);
    }
}
