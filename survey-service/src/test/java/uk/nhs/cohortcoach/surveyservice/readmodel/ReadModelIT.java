package uk.nhs.cohortcoach.surveyservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.surveyservice.CohortEvents;

@PlatformIntegrationTest
class ReadModelIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

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
            assertThat(mongo.findById(person, ParticipantView.class).teams()).extracting(ParticipantView.Team::cohortId)
                    .contains("cohort-marker");
        });
        assertThat(mongo.findById(person, ParticipantView.class).teams())
                .filteredOn(t -> t.cohortId().equals(cohort))
                .containsExactly(new ParticipantView.Team(collaborative, cohort, "BOARD_MEMBER"));
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(joined.eventId().toString())
                .and("consumer").is(ReadModelProjection.CONSUMER)), "processed_events")).isEqualTo(1);
    }
}
