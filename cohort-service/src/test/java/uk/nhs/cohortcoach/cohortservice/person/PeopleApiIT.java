package uk.nhs.cohortcoach.cohortservice.person;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.Http.bearer;
import static uk.nhs.cohortcoach.platform.test.Http.json;
import static uk.nhs.cohortcoach.cohortservice.CohortFixtures.manager;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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

@PlatformIntegrationTest
class PeopleApiIT {

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
    void aManagerRegistersAPersonWhoIsPublishedAndReadable() {
        String email = unique("ada");
        HttpResponse<String> created = api.post("/api/people", manager(), """
                {"name":" Ada Lovelace ","email":"%s","jobTitle":"Chief Executive","organisationOdsCode":"RHQ",
                 "roles":["PARTICIPANT"]}""".formatted(email));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode person = json(created);
        String id = person.path("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/people/" + id);
        assertThat(person.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(person.path("version").asLong()).isZero();

        HttpResponse<String> read = api.get("/api/people/" + id, manager());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).path("email").asString()).isEqualTo(email);

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> events = consumer.await(
                    r -> id.equals(r.key()) && "PersonRegistered".equals(CohortFixtures.eventType(r)), 1, Duration.ofSeconds(20));
            assertThat(events.get(0).value()).contains(email).contains("PARTICIPANT");
        }
    }

    @Test
    void anEmailIsUniqueIgnoringCase() {
        String email = unique("grace");
        fixtures.registerPerson("Grace Hopper", email, Role.COACH);
        HttpResponse<String> again = api.post("/api/people", manager(), """
                {"name":"Grace H","email":"%s","roles":["COACH"]}""".formatted(email.toUpperCase()));
        assertThatProblem(again).hasStatus(409).hasCorrelationId();
    }

    @Test
    void aManagerUpdatesWithTheVersionReadAndAStaleVersionIsAConflict() {
        String id = fixtures.registerPerson("Mary Seacole", unique("mary"), Role.PARTICIPANT);
        String body = """
                {"name":"Mary Jane Seacole","email":"%s","jobTitle":"Chair","roles":["PARTICIPANT","COACH"],"version":0}"""
                .formatted(unique("mary.jane"));
        HttpResponse<String> updated = api.put("/api/people/" + id, manager(), body);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).path("version").asLong()).isEqualTo(1);
        assertThat(json(updated).path("name").asString()).isEqualTo("Mary Jane Seacole");

        assertThatProblem(api.put("/api/people/" + id, manager(), body)).hasStatus(409);

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> events = consumer.await(
                    r -> id.equals(r.key()) && "PersonUpdated".equals(CohortFixtures.eventType(r)), 1, Duration.ofSeconds(20));
            assertThat(events.get(0).value()).contains("Mary Jane Seacole").contains("COACH");
        }
    }

    @Test
    void listsFilterByNameEmailAndRoleIgnoringCaseAndTreatingInputAsText() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        fixtures.registerPerson("Zed " + tag + " Alpha", unique("alpha"), Role.COACH);
        fixtures.registerPerson("Zed " + tag + " Beta", unique("beta"), Role.PARTICIPANT);
        fixtures.registerPerson("Zed " + tag + " (Gamma).*", unique("gamma"), Role.PARTICIPANT);

        JsonNode all = json(api.get("/api/people?name=ZED+" + tag.toUpperCase() + "&sort=name,desc", manager()));
        assertThat(all.path("totalItems").asLong()).isEqualTo(3);
        assertThat(all.path("items").get(0).path("name").asString()).endsWith("Beta");

        JsonNode coaches = json(api.get("/api/people?name=" + tag + "&role=COACH", manager()));
        assertThat(coaches.path("items")).hasSize(1);
        assertThat(coaches.path("items").get(0).path("name").asString()).endsWith("Alpha");

        JsonNode byEmail = json(api.get("/api/people?email=BETA-&name=" + tag, manager()));
        assertThat(byEmail.path("items")).hasSize(1);

        JsonNode literal = json(api.get("/api/people?name=(gamma).*", manager()));
        assertThat(literal.path("items")).hasSize(1);
        assertThat(json(api.get("/api/people?name=%5EZed&size=1", manager())).path("totalItems").asLong()).isZero();
    }

    @Test
    void meIsTheViewersOwnRecordForAnyRole() {
        String id = fixtures.registerPerson("Florence", unique("florence"), Role.PARTICIPANT);
        HttpResponse<String> me = api.get("/api/people/me", bearer(id, Role.PARTICIPANT));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("id").asString()).isEqualTo(id);
        assertThatProblem(api.get("/api/people/me", bearer(UUID.randomUUID().toString(), Role.COACH))).hasStatus(404);
    }

    @Test
    void participantsSeeOnlyThemselvesAndCoachesTheTeamsTheyCoach() {
        String coachId = fixtures.registerPerson("Coach", unique("coach"), Role.COACH);
        String member = fixtures.registerPerson("Member " + coachId, unique("member"), Role.PARTICIPANT);
        String other = fixtures.registerPerson("Other " + coachId, unique("other"), Role.PARTICIPANT);
        String cohort = fixtures.createCohort();
        String collaborative = CohortFixtures.enrolCollaborative(outbox, cohort, coachId);
        assertThat(api.post("/api/collaboratives/" + collaborative + "/participants",
                manager(), "{\"personId\":\"" + member + "\",\"leadershipRole\":\"CHAIR\"}").statusCode()).isEqualTo(201);

        String asMember = bearer(member, Role.PARTICIPANT);
        assertThat(api.get("/api/people/" + member, asMember).statusCode()).isEqualTo(200);
        assertThatProblem(api.get("/api/people/" + other, asMember)).hasStatus(404);
        JsonNode memberList = json(api.get("/api/people?size=100", asMember));
        assertThat(memberList.path("totalItems").asLong()).isEqualTo(1);

        String asCoach = bearer(coachId, Role.COACH);
        assertThat(api.get("/api/people/" + member, asCoach).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/people/" + coachId, asCoach).statusCode()).isEqualTo(200);
        assertThatProblem(api.get("/api/people/" + other, asCoach)).hasStatus(404);
        JsonNode coachList = json(api.get("/api/people?size=100", asCoach));
        assertThat(coachList.path("items")).extracting(node -> node.path("id").asString())
                .containsExactlyInAnyOrder(coachId, member);

        assertThat(api.post("/api/collaboratives/" + collaborative + "/participants/" + member + "/leave",
                manager(), "{\"leftOn\":\"" + LocalDate.now() + "\"}").statusCode()).isEqualTo(200);
        assertThatProblem(api.get("/api/people/" + member, asCoach)).hasStatus(404);
    }
}
