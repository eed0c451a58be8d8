package uk.nhs.cohortcoach.surveyservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.surveyservice.CohortEvents;

@PlatformIntegrationTest
class ReadModelIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void buildsCollaborativesAndTeamsFromCohortEvents() {
        String cohort = "cohort-" + UUID.randomUUID();
        String collaborative = "collaborative-" + UUID.randomUUID();
        String other = "collaborative-" + UUID.randomUUID();
        String person = "person-" + UUID.randomUUID();
        CohortEvents.enrolled(collaborative, cohort, "coach-1");
        CohortEvents.publish(new CollaborativeUpdated(UUID.randomUUID(), Instant.now(), collaborative, cohort, "JUCD", "ALL_IN",
                "Derbyshire", List.of("RTG"), "elective waits", 30, List.of("coach-1", "coach-2")));
        ParticipantJoined joined = CohortEvents.joined(person, collaborative, cohort, "BOARD_MEMBER");
        CohortEvents.publish(joined);
        CohortEvents.publish(joined);
        CohortEvents.joined(person, other, cohort, "IMPROVEMENT_LEAD");
        CohortEvents.left(person, other, cohort);
        CohortEvents.joined(person, "marker-" + UUID.randomUUID(), "cohort-marker", "SENIOR_LEADER");

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(mongo.findById(collaborative, CollaborativeView.class))
                    .isEqualTo(new CollaborativeView(collaborative, cohort, "JUCD", List.of("coach-1", "coach-2")));
            ParticipantView view = mongo.findById(person, ParticipantView.class);
            assertThat(view).isNotNull();
            assertThat(view.teams()).extracting(ParticipantView.Team::cohortId).contains("cohort-marker");
        });
        assertThat(mongo.findById(person, ParticipantView.class).teams())
                .filteredOn(t -> t.cohortId().equals(cohort))
                .containsExactly(new ParticipantView.Team(collaborative, cohort, "BOARD_MEMBER"));
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(joined.eventId().toString())
                .and("consumer").is(SurveyReadModels.CONSUMER)), "processed_events")).isEqualTo(1);
    }

    @Test
    void aRebuildEndsWithTheSameDocumentsAsBeforeIt() throws Exception {
        // first, read models built from events only (other tests may write view documents of their own directly)
        assertThat(rebuild(TestTokens.forRoles("manager-1", Role.PROGRAMME_MANAGER)).statusCode()).isEqualTo(200);
        String cohort = "cohort-" + UUID.randomUUID();
        String collaborative = "collaborative-" + UUID.randomUUID();
        String person = "person-" + UUID.randomUUID();
        CohortEvents.cohortCreated(cohort, "ACTIVE");
        CohortEvents.enrolled(collaborative, cohort, "coach-1");
        CohortEvents.joined(person, collaborative, cohort, "BOARD_MEMBER");
        CohortEvents.joined(person, "collaborative-" + UUID.randomUUID(), cohort, "SENIOR_LEADER");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(mongo.findById(cohort, CohortView.class)).isNotNull();
            assertThat(mongo.findById(collaborative, CollaborativeView.class)).isNotNull();
            ParticipantView view = mongo.findById(person, ParticipantView.class);
            assertThat(view).isNotNull(); // not yet there is a wait, not a NullPointerException ending the wait
            assertThat(view.teams()).hasSize(2);
        });
        // whatever else the module's tests published is applied too: the views stop changing
        Map<String, List<Document>> before = await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(new SettledViews(), java.util.Objects::nonNull);

        HttpResponse<String> rebuilt = rebuild(TestTokens.forRoles("manager-1", Role.PROGRAMME_MANAGER));

        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(rebuilt.body()).contains(SurveyReadModels.CONSUMER).contains(SurveyReadModels.COHORTS);
        assertThat(views()).isEqualTo(before);
    }

    /** The views once two looks half a second apart find them the same; null while they still change. */
    private final class SettledViews implements java.util.concurrent.Callable<Map<String, List<Document>>> {

        private Map<String, List<Document>> last;

        @Override
        public Map<String, List<Document>> call() {
            Map<String, List<Document>> now = views();
            boolean settled = now.equals(last);
            last = now;
            return settled ? now : null;
        }
    }

    /** Every document of the three views, by collection, in id order. */
    private Map<String, List<Document>> views() {
        Map<String, List<Document>> documents = new TreeMap<>();
        for (Class<?> view : List.of(CohortView.class, CollaborativeView.class, ParticipantView.class)) {
            String collection = mongo.getCollectionName(view);
            documents.put(collection, mongo.find(new Query().with(Sort.by("_id")), Document.class, collection));
        }
        return documents;
    }

    private HttpResponse<String> rebuild(String token) {
        return new Http(port).post("/api/waves/read-model/rebuild", "Bearer " + token, null);
    }
}
