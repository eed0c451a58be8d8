package uk.nhs.cohortcoach.hubservice.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.cohortcoach.hubservice.CohortEvents;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** The read model of cohort membership, kept from cohort.events.v1 on the real broker, and rebuilt. */
@PlatformIntegrationTest
class MembershipReadModelIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    CohortMembership membership;

    @Test
    void coachesAndParticipantsBelongToTheirCollaborativesCohortsUntilTheyLeaveOrAreErased() {
        String cohort = "cohort-" + UUID.randomUUID();
        String collaborative = "collaborative-" + UUID.randomUUID();
        String coach = "coach-" + UUID.randomUUID();
        String newCoach = "coach-" + UUID.randomUUID();
        String participant = "participant-" + UUID.randomUUID();
        String erased = "participant-" + UUID.randomUUID();
        CohortEvents.enrolled(collaborative, cohort, coach);
        CohortEvents.joined(participant, collaborative, cohort);
        CohortEvents.joined(erased, collaborative, cohort);
        await().atMost(WAIT).until(() -> membership.cohortsOf(coach).contains(cohort) && membership.cohortsOf(participant).contains(cohort)
                && membership.cohortsOf(erased).contains(cohort));

        CohortEvents.publish(new CollaborativeUpdated(UUID.randomUUID(), Instant.now(), collaborative, cohort, "JUCD", "ALL_IN",
                "Derbyshire", List.of("RTG"), "waits", 30, List.of(newCoach)));
        CohortEvents.left(participant, collaborative, cohort);
        CohortEvents.publish(new PersonErased(UUID.randomUUID(), Instant.now(), erased));
        await().atMost(WAIT).until(() -> membership.cohortsOf(newCoach).contains(cohort) && membership.cohortsOf(coach).isEmpty()
                && membership.cohortsOf(participant).isEmpty() && membership.cohortsOf(erased).isEmpty());

        CohortEvents.publish(new CollaborativeDeleted(UUID.randomUUID(), Instant.now(), collaborative, cohort, "JUCD"));
        await().atMost(WAIT).until(() -> membership.cohortsOf(newCoach).isEmpty());
    }

    @Test
    void aProgrammeManagerRebuildsItFromTheTopicWithTheSameResult() {
        String cohort = "cohort-" + UUID.randomUUID();
        String collaborative = "collaborative-" + UUID.randomUUID();
        String participant = "participant-" + UUID.randomUUID();
        CohortEvents.enrolled(collaborative, cohort);
        CohortEvents.joined(participant, collaborative, cohort);
        await().atMost(WAIT).until(() -> membership.cohortsOf(participant).contains(cohort));
        var response = new Http(port).post("/api/resources/read-model/rebuild",
                Http.bearer("manager", uk.nhs.cohortcoach.platform.events.Role.PROGRAMME_MANAGER), "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("readModel").asString()).isEqualTo(HubReadModels.CONSUMER);
        assertThat(membership.cohortsOf(participant)).containsExactly(cohort);
    }
}
