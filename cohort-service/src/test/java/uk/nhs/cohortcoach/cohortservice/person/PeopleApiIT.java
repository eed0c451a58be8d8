package uk.nhs.cohortcoach.cohortservice.person;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.cohortservice.ApiClient.bearer;
import static uk.nhs.cohortcoach.cohortservice.ApiClient.json;
import static uk.nhs.cohortcoach.cohortservice.ApiClient.manager;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.cohortservice.ApiClient;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;

@PlatformIntegrationTest
class PeopleApiIT {

    @LocalServerPort
    private int port;

    @Autowired
    private PersonRepository people;

    @Autowired
    private Outbox outbox;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void aManagerRegistersAPersonWhoIsPublishedAndReadable() {
        String email = unique("ada");
        HttpResponse<String> created = api.post("/api/people", """
                {"name":" Ada Lovelace ","email":"%s","jobTitle":"Chief Executive","organisationOdsCode":"RHQ",
                 "roles":["PARTICIPANT"]}""".formatted(email), manager());
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
                    r -> id.equals(r.key()) && "PersonRegistered".equals(ApiClient.eventType(r)), 1, Duration.ofSeconds(20));
            assertThat(events.get(0).value()).contains(email).contains("PARTICIPANT");
        }
    }

    @Test
    void anEmailIsUniqueIgnoringCase() {
        String email = unique("grace");
        api.registerPerson("Grace Hopper", email, Role.COACH);
        HttpResponse<String> again = api.post("/api/people", """
                {"name":"Grace H","email":"%s","roles":["COACH"]}""".formatted(email.toUpperCase()), manager());
        assertThatProblem(again).hasStatus(409).hasCorrelationId();
    }

    @Test
    void aManagerUpdatesWithTheVersionReadAndAStaleVersionIsAConflict() {
        String id = api.registerPerson("Mary Seacole", unique("mary"), Role.PARTICIPANT);
        String body = """
                {"name":"Mary Jane Seacole","email":"%s","jobTitle":"Chair","roles":["PARTICIPANT","COACH"],"version":0}"""
                .formatted(unique("mary.jane"));
        HttpResponse<String> updated = api.put("/api/people/" + id, body, manager());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).path("version").asLong()).isEqualTo(1);
        assertThat(json(updated).path("name").asString()).isEqualTo("Mary Jane Seacole");

        assertThatProblem(api.put("/api/people/" + id, body, manager())).hasStatus(409);
        assertThatProblem(api.put("/api/people/" + id, body.replace(",\"version\":0", ""), manager()))
                .hasStatus(400).hasFieldError("version");

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> events = consumer.await(
                    r -> id.equals(r.key()) && "PersonUpdated".equals(ApiClient.eventType(r)), 1, Duration.ofSeconds(20));
            assertThat(events.get(0).value()).contains("Mary Jane Seacole").contains("COACH");
        }
    }

    @Test
    void onlyManagersWrite() {
        String id = api.registerPerson("Someone", unique("someone"), Role.PARTICIPANT);
        String coach = bearer(UUID.randomUUID().toString(), Role.COACH, Role.PARTICIPANT);
        assertThatProblem(api.post("/api/people", """
                {"name":"X","email":"%s","roles":["COACH"]}""".formatted(unique("x")), coach)).hasStatus(403);
        assertThatProblem(api.put("/api/people/" + id, """
                {"name":"X","email":"%s","roles":["COACH"],"version":0}""".formatted(unique("x")), coach)).hasStatus(403);
        assertThatProblem(api.post("/api/people", "{}", null)).hasStatus(401);
    }

    @Test
    void listsFilterByNameEmailAndRoleIgnoringCaseAndTreatingInputAsText() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        api.registerPerson("Zed " + tag + " Alpha", unique("alpha"), Role.COACH);
        api.registerPerson("Zed " + tag + " Beta", unique("beta"), Role.PARTICIPANT);
        api.registerPerson("Zed " + tag + " (Gamma).*", unique("gamma"), Role.PARTICIPANT);

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

        assertThatProblem(api.get("/api/people?sort=jobTitle", manager())).hasStatus(400).hasFieldError("sort");
    }

    @Test
    void meIsTheViewersOwnRecordForAnyRole() {
        String id = api.registerPerson("Florence", unique("florence"), Role.PARTICIPANT);
        HttpResponse<String> me = api.get("/api/people/me", bearer(id, Role.PARTICIPANT));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).path("id").asString()).isEqualTo(id);
        assertThatProblem(api.get("/api/people/me", bearer(UUID.randomUUID().toString(), Role.COACH))).hasStatus(404);
    }

    @Test
    void participantsSeeOnlyThemselvesAndCoachesTheTeamsTheyCoach() {
        String coachId = api.registerPerson("Coach", unique("coach"), Role.COACH);
        String member = api.registerPerson("Member " + coachId, unique("member"), Role.PARTICIPANT);
        String other = api.registerPerson("Other " + coachId, unique("other"), Role.PARTICIPANT);
        String cohort = api.createCohort();
        String collaborative = ApiClient.enrolCollaborative(outbox, cohort, coachId);
        assertThat(api.post("/api/collaboratives/" + collaborative + "/participants",
                "{\"personId\":\"" + member + "\",\"leadershipRole\":\"CHAIR\"}", manager()).statusCode()).isEqualTo(201);

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
                "{\"leftOn\":\"" + LocalDate.now() + "\"}", manager()).statusCode()).isEqualTo(200);
        assertThatProblem(api.get("/api/people/" + member, asCoach)).hasStatus(404);
    }

    @TestFactory
    Stream<DynamicTest> registeringRefusesBadJson() {
        return JsonInputChecks.post(api("/api/people"), """
                {"name":"Valid Person","email":"%s","jobTitle":"Director","organisationOdsCode":"RHQ","roles":["COACH"]}"""
                .formatted(unique("valid")), people::count).header("Authorization", manager()).dynamicTests();
    }

    @Test
    void registeringChecksEveryField() {
        HttpResponse<String> response = api.post("/api/people", """
                {"name":"","email":"not-an-email","organisationOdsCode":"rhq1234","roles":[]}""", manager());
        assertThatProblem(response).hasStatus(400)
                .hasFieldErrorsOnly("name", "email", "organisationOdsCode", "roles");
    }

    private java.net.URI api(String path) {
        return new ApiClient(port).uri(path);
    }
}
