package uk.nhs.cohortcoach.hubservice.membership;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;

/**
 * hub-service's read model of cohort membership, declared for the platform's read-model mechanism ({@value #CONSUMER},
 * in the service's consumer group): {@code rm_collaboratives} (a collaborative's cohort and coaches, upserted whole;
 * removed by CollaborativeDeleted) and {@code rm_participants} (a join replaces the person's team for that
 * collaborative, a leave removes it, an erasure removes the person). A participant's view is read, changed and saved,
 * so the projection stays on one thread.
 */
@Configuration(proxyBeanMethods = false)
public class HubReadModels {

    /** The read model's name, also its inbox consumer name. */
    public static final String CONSUMER = "hub.read-model";

    @Bean
    Projection hubReadModel(MongoTemplate mongo) {
        return membership(mongo);
    }

    static Projection membership(MongoTemplate mongo) {
        return Projection.named(CONSUMER).topics(Topics.COHORT)
                .collections(CollaborativeView.class, ParticipantView.class)
                .on(CollaborativeEnrolled.class, e -> collaborative(mongo, e.collaborativeId(), e.cohortId(), e.coachIds()))
                .on(CollaborativeUpdated.class, e -> collaborative(mongo, e.collaborativeId(), e.cohortId(), e.coachIds()))
                .on(CollaborativeDeleted.class, e -> mongo.remove(byId(e.collaborativeId()), CollaborativeView.class))
                .on(ParticipantJoined.class, e -> {
                    List<ParticipantView.Team> teams = new ArrayList<>(teamsOf(mongo, e.personId()));
                    teams.removeIf(t -> t.collaborativeId().equals(e.collaborativeId()));
                    teams.add(new ParticipantView.Team(e.collaborativeId(), e.cohortId()));
                    mongo.save(new ParticipantView(e.personId(), teams));
                })
                .on(ParticipantLeft.class, e -> {
                    List<ParticipantView.Team> teams = new ArrayList<>(teamsOf(mongo, e.personId()));
                    teams.removeIf(t -> t.collaborativeId().equals(e.collaborativeId()));
                    mongo.save(new ParticipantView(e.personId(), teams));
                })
                .on(PersonErased.class, e -> mongo.remove(byId(e.personId()), ParticipantView.class))
                .build();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static List<ParticipantView.Team> teamsOf(MongoTemplate mongo, String personId) {
        ParticipantView view = mongo.findById(personId, ParticipantView.class);
        return view == null ? List.of() : view.teams();
    }

    private static void collaborative(MongoTemplate mongo, String id, String cohortId, List<String> coachIds) {
        mongo.upsert(byId(id), new Update().set("cohortId", cohortId).set("coachIds", coachIds == null ? List.of() : coachIds),
                CollaborativeView.class);
    }
}
