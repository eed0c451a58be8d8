package uk.nhs.cohortcoach.surveyservice.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;

/**
 * survey-service's two read models of cohort-service's events, declared for the platform's read-model
 * mechanism.
 *
 * <ul>
 *   <li>{@value #CONSUMER}, in the service's consumer group: {@code rm_collaboratives} (a collaborative
 *       upserted whole) and {@code rm_participants} (a join replaces the person's team for that
 *       collaborative, a leave removes it, an erasure removes the person, a CollaborativeDeleted the collaborative). Live joins and leaves then
 *       tell {@link ParticipantChanges} (a reaction: a rebuild does not invite or stop anyone again).</li>
 *   <li>{@value #COHORTS}, in a consumer group of its own ({@code <application>-cohorts}), so that where
 *       survey-service ran before it kept cohorts, the group started at the beginning of the topic:
 *       {@code rm_cohorts}, name and status of each cohort (a CohortDeleted removes it). Records that are not events are left to the
 *       first to dead-letter.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SurveyReadModels {

    /** Collaboratives and participants: the read model's name, also its inbox consumer name. */
    public static final String CONSUMER = "survey.read-model";

    /** Cohorts: the read model's name, also its inbox consumer name. */
    public static final String COHORTS = "survey.cohorts";

    @Bean
    Projection surveyReadModel(MongoTemplate mongo, ParticipantChanges changes) {
        return participants(mongo, changes);
    }

    @Bean
    Projection surveyCohorts(MongoTemplate mongo, @Value("${spring.application.name}") String application) {
        return cohorts(mongo, application);
    }

    static Projection participants(MongoTemplate mongo, ParticipantChanges changes) {
        return Projection.named(CONSUMER).topics(Topics.COHORT)
                .collections(CollaborativeView.class, ParticipantView.class)
                .on(CollaborativeEnrolled.class, e -> collaborative(mongo, e.collaborativeId(), e.cohortId(), e.name(), e.coachIds()))
                .on(CollaborativeUpdated.class, e -> collaborative(mongo, e.collaborativeId(), e.cohortId(), e.name(), e.coachIds()))
                .on(ParticipantJoined.class, e -> {
                    List<ParticipantView.Team> teams = new ArrayList<>(teamsOf(mongo, e.personId()));
                    teams.removeIf(t -> t.collaborativeId().equals(e.collaborativeId()));
                    teams.add(team(e));
                    mongo.save(new ParticipantView(e.personId(), teams));
                })
                .react(ParticipantJoined.class, e -> changes.joined(e.personId(), team(e)))
                // after the person's ParticipantLeft events, in this consumer: their teams are gone from the view already
                .on(PersonErased.class, e -> mongo.remove(Query.query(Criteria.where("_id").is(e.personId())), ParticipantView.class))
                .on(ParticipantLeft.class, e -> {
                    List<ParticipantView.Team> teams = new ArrayList<>(teamsOf(mongo, e.personId()));
                    teams.removeIf(t -> t.collaborativeId().equals(e.collaborativeId()));
                    mongo.save(new ParticipantView(e.personId(), teams));
                })
                .react(ParticipantLeft.class, e -> changes.left(e.personId(), e.collaborativeId()))
                // deleted only while nobody was ever in its team, so no participant view names it
                .on(CollaborativeDeleted.class, e -> mongo.remove(Query.query(Criteria.where("_id").is(e.collaborativeId())),
                        CollaborativeView.class))
                .build();
    }

    static Projection cohorts(MongoTemplate mongo, String application) {
        return Projection.named(COHORTS).topics(Topics.COHORT).groupId(application + "-cohorts")
                .collections(CohortView.class)
                .on(CohortCreated.class, e -> cohort(mongo, e.cohortId(), e.name(), e.status()))
                .on(CohortUpdated.class, e -> cohort(mongo, e.cohortId(), e.name(), e.status()))
                .on(CohortDeleted.class, e -> mongo.remove(Query.query(Criteria.where("_id").is(e.cohortId())), CohortView.class))
                .leavesUnreadableToOthers()
                .build();
    }

    private static ParticipantView.Team team(ParticipantJoined e) {
        return new ParticipantView.Team(e.collaborativeId(), e.cohortId(), e.leadershipRole());
    }

    private static List<ParticipantView.Team> teamsOf(MongoTemplate mongo, String personId) {
        ParticipantView view = mongo.findById(personId, ParticipantView.class);
        return view == null ? List.of() : view.teams();
    }

    private static void collaborative(MongoTemplate mongo, String id, String cohortId, String name, List<String> coachIds) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().set("cohortId", cohortId).set("name", name).set("coachIds", coachIds), CollaborativeView.class);
    }

    private static void cohort(MongoTemplate mongo, String id, String name, String status) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().set("name", name).set("status", status),
                CohortView.class);
    }
}
