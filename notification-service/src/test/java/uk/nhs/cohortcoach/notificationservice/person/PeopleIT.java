package uk.nhs.cohortcoach.notificationservice.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.person.events.PeopleReadModel;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;

@PlatformIntegrationTest
class PeopleIT {

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private PersonDirectory directory;
    @Autowired
    private Memberships memberships;

    @Test
    void keepsNamesAddressesRolesAndTeamsFromCohortEvents() {
        String person = "p-" + UUID.randomUUID();
        String team = "c-" + UUID.randomUUID();
        String other = "c-" + UUID.randomUUID();
        Instant now = Instant.now();
        // membership first: details arriving later must not wipe it
        ParticipantJoined joined = new ParticipantJoined(UUID.randomUUID(), now, person, team, "cohort", "BOARD_MEMBER", null);
        PlatformEvents.publish(Topics.COHORT, joined);
        PlatformEvents.publish(Topics.COHORT, joined);
        PlatformEvents.publish(Topics.COHORT, new PersonRegistered(UUID.randomUUID(), now, person, "Ada", "ada@example.nhs.uk",
                "Director", "RHQ", List.of("PARTICIPANT")));
        PlatformEvents.publish(Topics.COHORT, new ParticipantJoined(UUID.randomUUID(), now, person, other, "cohort", "LEAD", null));
        PlatformEvents.publish(Topics.COHORT, new ParticipantLeft(UUID.randomUUID(), now, person, other, "cohort", null));
        PlatformEvents.publish(Topics.COHORT, new PersonUpdated(UUID.randomUUID(), now, person, "Ada Lovelace",
                "ada.lovelace@example.nhs.uk", "Director", "RHQ", List.of("PARTICIPANT", "COACH")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.find(person)).hasValueSatisfying(p ->
                assertThat(p.email()).isEqualTo("ada.lovelace@example.nhs.uk")));
        Person p = directory.find(person).orElseThrow();
        assertThat(p.name()).isEqualTo("Ada Lovelace");
        assertThat(p.roles()).containsExactlyInAnyOrder("PARTICIPANT", "COACH");
        assertThat(p.currentCollaborativeIds()).containsExactly(team);
        assertThat(memberships.hasLeft(person, other)).isTrue();
        assertThat(memberships.hasLeft(person, team)).isFalse();
    }

    @Test
    void aRebuildEndsWithTheSameDocumentsAsBeforeIt() throws Exception {
        // first, a read model built from events only (other tests may write people of their own directly)
        assertThat(rebuild(TestTokens.forRoles("manager-1", Role.PROGRAMME_MANAGER)).statusCode()).isEqualTo(200);
        String person = "p-" + UUID.randomUUID();
        String team = "c-" + UUID.randomUUID();
        Instant now = Instant.now();
        PlatformEvents.publish(Topics.COHORT, new PersonRegistered(UUID.randomUUID(), now, person, "Grace", "grace@example.nhs.uk",
                "Director", "RHQ", List.of("PARTICIPANT")));
        PlatformEvents.publish(Topics.COHORT, new ParticipantJoined(UUID.randomUUID(), now, person, team, "cohort", "LEAD", null));
        PlatformEvents.publish(Topics.COHORT, new ParticipantLeft(UUID.randomUUID(), now, person, team, "cohort", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> memberships.hasLeft(person, team));
        // whatever else the module's tests published is applied too: the collection stops changing
        List<Document> before = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(new Settled(), java.util.Objects::nonNull);

        HttpResponse<String> rebuilt = rebuild(TestTokens.forRoles("manager-1", Role.PROGRAMME_MANAGER));

        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(rebuilt.body()).contains(PeopleReadModel.CONSUMER);
        assertThat(people()).isEqualTo(before);
    }

    /** The people once two looks half a second apart find them the same; null while they still change. */
    private final class Settled implements java.util.concurrent.Callable<List<Document>> {

        private List<Document> last;

        @Override
        public List<Document> call() {
            List<Document> now = people();
            boolean settled = now.equals(last);
            last = now;
            return settled ? now : null;
        }
    }

    private List<Document> people() {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, mongo.getCollectionName(Person.class));
    }

    private HttpResponse<String> rebuild(String token) {
        return new Http(port).post("/api/notifications/read-model/rebuild", "Bearer " + token, null);
    }
}
