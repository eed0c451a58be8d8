package uk.nhs.cohortcoach.notificationservice.person.events;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyTriggers;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.notificationservice.person.CohortTeam;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModels;
import uk.nhs.cohortcoach.platform.support.readmodel.RebuildResult;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * The people read model ({@code people}, and {@code cohort_teams}: each collaborative's cohort and coaches), declared for the platform's read-model mechanism: it reads
 * {@code cohort.events.v1} in the service's consumer group and applies each person event as the
 * idempotent upsert {@link PersonChange} gives; a PersonErased removes the person. A live
 * ParticipantLeft then has {@link SurveyTriggers} stop the person's survey email for that team (a
 * reaction: a rebuild does not withdraw anything again). A programme manager rebuilds it with
 * {@code POST /api/notifications/read-model/rebuild}.
 */
@Configuration(proxyBeanMethods = false)
public class PeopleReadModel {

    /** The read model's name, also its inbox consumer name. */
    public static final String CONSUMER = "notification.people";

    static final String REBUILD_PATH = "/api/notifications/read-model/rebuild";

    @Bean
    Projection notificationPeople(MongoTemplate mongo, SurveyTriggers surveys) {
        return projection(mongo, surveys);
    }

    /** Only programme managers rebuild (checked again by {@code @PreAuthorize}). */
    @Bean
    RequestAuthorizations peopleRebuildNeedsProgrammeManagers() {
        return rules -> rules.requestMatchers(HttpMethod.POST, REBUILD_PATH).hasRole(Role.PROGRAMME_MANAGER.name());
    }

    static Projection projection(MongoTemplate mongo, SurveyTriggers surveys) {
        Projection.Handler<CohortEvent> upsert = event -> PersonChange.of(event).ifPresent(change ->
                mongo.upsert(Query.query(Criteria.where("_id").is(change.personId())), change.update(), Person.class));
        return Projection.named(CONSUMER).topics(Topics.COHORT)
                .collections(Person.class, CohortTeam.class)
                .on(PersonRegistered.class, upsert::apply)
                .on(PersonUpdated.class, upsert::apply)
                .on(ParticipantJoined.class, upsert::apply)
                .on(ParticipantLeft.class, upsert::apply)
                .react(ParticipantLeft.class, left -> surveys.participantLeft(left.personId(), left.collaborativeId()))
                // here, after the person's earlier events: a lagging PersonUpdated cannot bring the address back
                .on(CollaborativeEnrolled.class, e -> team(mongo, e.collaborativeId(), e.cohortId(), e.coachIds()))
                .on(CollaborativeUpdated.class, e -> team(mongo, e.collaborativeId(), e.cohortId(), e.coachIds()))
                .on(CollaborativeDeleted.class, e -> mongo.remove(Query.query(Criteria.where("_id").is(e.collaborativeId())),
                        CohortTeam.class))
                .on(PersonErased.class, erased -> mongo.remove(Query.query(Criteria.where("_id").is(erased.personId())), Person.class))
                .build();
    }

    /** A collaborative's cohort and coaches, as the event gives them whole: a {@code $set} by id. */
    private static void team(MongoTemplate mongo, String collaborativeId, String cohortId, List<String> coachIds) {
        mongo.upsert(Query.query(Criteria.where("_id").is(collaborativeId)),
                new org.springframework.data.mongodb.core.query.Update().set("cohortId", cohortId).set("coachIds", List.copyOf(coachIds)),
                CohortTeam.class);
    }

    /** {@code POST /api/notifications/read-model/rebuild}: a programme manager drops the people read model and replays it. */
    @RestController
    static class RebuildController {

        private final ReadModels readModels;

        RebuildController(ReadModels readModels) {
            this.readModels = readModels;
        }

        @PostMapping(REBUILD_PATH)
        @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
        List<RebuildResult> rebuild() {
            return List.of(readModels.rebuild(CONSUMER));
        }
    }
}
