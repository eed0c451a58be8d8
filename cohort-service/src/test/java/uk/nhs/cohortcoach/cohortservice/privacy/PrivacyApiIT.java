package uk.nhs.cohortcoach.cohortservice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.Http.json;
import static uk.nhs.cohortcoach.cohortservice.CohortFixtures.manager;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.cohortservice.CohortFixtures;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** Subject access and erasure through the API, with the events on the real broker. */
@PlatformIntegrationTest
class PrivacyApiIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    private int port;

    @Autowired
    private Outbox outbox;

    private Http api;

    private CohortFixtures fixtures;

    @BeforeEach
    void client() {
        api = new Http(port);
        fixtures = new CohortFixtures(api);
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void aManagerExportsEverythingHeldAboutAPerson() {
        String email = unique("ada");
        String ada = fixtures.registerPerson("Ada Lovelace", email, Role.PARTICIPANT, Role.COACH);
        String cohort = fixtures.createCohort();
        String team = CohortFixtures.enrolCollaborative(outbox, cohort);
        String coached = CohortFixtures.enrolCollaborative(outbox, cohort, ada);
        assertThat(api.post("/api/collaboratives/" + team + "/participants",
                manager(), "{\"personId\":\"" + ada + "\",\"leadershipRole\":\"CHAIR\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> export = api.get("/api/privacy/cohort/people/" + ada, manager());

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonNode body = json(export);
        assertThat(body.path("service").asString()).isEqualTo("cohort-service");
        assertThat(body.path("personId").asString()).isEqualTo(ada);
        assertThat(body.path("generatedAt").asString()).isNotBlank();
        assertThat(body.path("person").path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.path("person").path("email").asString()).isEqualTo(email);
        assertThat(body.path("memberships")).hasSize(1);
        assertThat(body.path("memberships").get(0).path("collaborativeId").asString()).isEqualTo(team);
        assertThat(body.path("memberships").get(0).path("collaborativeName").asString()).startsWith("Collaborative ");
        assertThat(body.path("memberships").get(0).path("leadershipRole").asString()).isEqualTo("CHAIR");
        assertThat(body.path("coachOf")).hasSize(1);
        assertThat(body.path("coachOf").get(0).path("collaborativeId").asString()).isEqualTo(coached);
    }

    @Test
    void aManagerErasesAPersonWhoIsPseudonymisedAndAnnouncedOnce() {
        String email = unique("grace");
        String grace = fixtures.registerPerson("Grace Hopper", email, Role.PARTICIPANT);
        String team = CohortFixtures.enrolCollaborative(outbox, fixtures.createCohort());
        assertThat(api.post("/api/collaboratives/" + team + "/participants",
                manager(), "{\"personId\":\"" + grace + "\",\"leadershipRole\":\"OTHER\"}").statusCode()).isEqualTo(201);

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            HttpResponse<String> erased = api.post("/api/people/" + grace + "/erase", manager(), "");

            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
            assertThat(json(erased).path("personId").asString()).isEqualTo(grace);
            assertThat(json(erased).path("name").asString()).isEqualTo("Erased person");
            assertThat(json(erased).path("erasedAt").asString()).isNotBlank();

            List<ConsumerRecord<String, String>> events = consumer.await(r -> grace.equals(r.key())
                    && List.of("ParticipantLeft", "PersonErased").contains(CohortFixtures.eventType(r)), 2, WAIT);
            assertThat(events).extracting(CohortFixtures::eventType).containsExactly("ParticipantLeft", "PersonErased");
            assertThat(events.get(1).value()).doesNotContain(email).doesNotContain("Grace");

            assertThat(api.post("/api/people/" + grace + "/erase", manager(), "").statusCode())
                    .as("erasing again answers the same").isEqualTo(200);
            assertThat(consumer.collectFor(r -> grace.equals(r.key()) && "PersonErased".equals(CohortFixtures.eventType(r)),
                    Duration.ofSeconds(3))).as("and publishes nothing more").hasSize(1);
        }

        JsonNode person = json(api.get("/api/people/" + grace, manager()));
        assertThat(person.path("name").asString()).isEqualTo("Erased person");
        assertThat(person.path("email").asString()).isEqualTo("erased-" + grace + "@erased.invalid");
        assertThat(person.path("memberships").get(0).path("leftOn").isNull()).as("the spell ended").isFalse();
        assertThat(api.get("/api/people?email=" + email.substring(0, 20), manager()).body()).doesNotContain(grace);
        assertThat(api.get("/api/collaboratives/" + team + "/participants", manager()).body()).doesNotContain(grace);
        assertThat(api.get("/api/privacy/cohort/people/" + grace, manager()).body()).doesNotContain(email)
                .contains("Erased person");

        HttpResponse<String> change = api.put("/api/people/" + grace, manager(), """
                {"name":"Grace Hopper","email":"%s","roles":["PARTICIPANT"],"version":%d}"""
                .formatted(email, person.path("version").asLong()));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(409);
        HttpResponse<String> join = api.post("/api/collaboratives/" + team + "/participants",
                manager(), "{\"personId\":\"" + grace + "\",\"leadershipRole\":\"OTHER\"}");
        assertThat(join.statusCode()).as(join.body()).isEqualTo(409);
        assertThat(fixtures.registerPerson("Grace Hopper", email, Role.PARTICIPANT))
                .as("the address is free again: someone registering with it is someone new").isNotEqualTo(grace);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        String nobody = UUID.randomUUID().toString();

        HttpResponse<String> export = api.get("/api/privacy/cohort/people/" + nobody, manager());
        HttpResponse<String> erase = api.post("/api/people/" + nobody + "/erase", manager(), "");

        assertThat(export.statusCode()).isEqualTo(404);
        assertThat(json(export).path("type").asString()).isEqualTo("https://cohort-coach.nhs.uk/problems/not-found");
        assertThat(erase.statusCode()).isEqualTo(404);
    }
}
