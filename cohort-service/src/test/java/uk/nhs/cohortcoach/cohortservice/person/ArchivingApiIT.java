package uk.nhs.cohortcoach.cohortservice.person;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.cohortservice.CohortFixtures.manager;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

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
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/**
 * Archiving a person through the API, against the real broker and Mongo wire server: they leave every team
 * (ParticipantLeft, then PersonArchived), drop out of lists unless a manager asks, keep their history, join no
 * team until restored; and the duplicates of people and teams name the field and what they clash with.
 */
@PlatformIntegrationTest
class ArchivingApiIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

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

    @Test
    void archivingTakesThePersonOutOfEveryTeamAndEveryListButKeepsTheirHistory() {
        String name = "Archie " + UUID.randomUUID();
        String person = fixtures.registerPerson(name, unique("archie"), Role.PARTICIPANT);
        String cohort = fixtures.createCohort();
        String team = CohortFixtures.enrolCollaborative(outbox, cohort);
        assertThat(api.post(participants(team), manager(),
                "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\",\"joinedOn\":\"2026-04-01\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> archived = api.post("/api/people/" + person + "/archive", manager(), "");

        assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        assertThat(Http.json(archived).path("archivedAt").isNull()).isFalse();
        assertThat(Http.json(archived).path("memberships").get(0).path("leftOn").isNull()).isFalse();
        assertThat(names("/api/people?name=" + name.substring(7), manager())).isEmpty();
        assertThat(names("/api/people?role=PARTICIPANT&size=100&name=" + name.substring(7), manager())).isEmpty();
        assertThat(names("/api/people?includeArchived=true&name=" + name.substring(7), manager())).containsExactly(name);
        assertThat(Http.json(api.get("/api/people/" + person, manager())).path("name").asString()).isEqualTo(name);
        assertThat(Http.json(api.get(participants(team), manager())).path("participants")).isEmpty();
        assertThat(Http.json(api.get(participants(team) + "?includePast=true", manager())).path("participants")).hasSize(1);
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> events = consumer.await(record -> person.equals(record.key())
                    && "PersonArchived".equals(CohortFixtures.eventType(record)), 1, EVENT_TIMEOUT);
            assertThat(events).hasSize(1);
            List<String> types = consumer.receivedSoFar(record -> person.equals(record.key())).stream()
                    .map(CohortFixtures::eventType).toList();
            assertThat(types).containsExactly("PersonRegistered", "ParticipantJoined", "ParticipantLeft", "PersonArchived");
        }
    }

    @Test
    void anArchivedPersonJoinsNoTeamUntilRestoredAndArchivingAgainPublishesNothing() {
        String person = fixtures.registerPerson("Rosalind Franklin", unique("rosalind"), Role.PARTICIPANT);
        String team = CohortFixtures.enrolCollaborative(outbox, fixtures.createCohort());
        assertThat(api.post("/api/people/" + person + "/archive", manager(), "").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/people/" + person + "/archive", manager(), "").statusCode()).isEqualTo(200);

        assertThatProblem(api.post(participants(team), manager(), "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\"}"))
                .hasStatus(409).hasReason("archived").hasDetailContaining("archived");

        HttpResponse<String> restored = api.post("/api/people/" + person + "/restore", manager(), "");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(Http.json(restored).path("archivedAt").isNull()).isTrue();
        assertThatProblem(api.post("/api/people/" + person + "/restore", manager(), "")).hasStatus(409).hasReason("not-archived");
        assertThat(api.post(participants(team), manager(), "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\"}")
                .statusCode()).isEqualTo(201);
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            consumer.await(record -> person.equals(record.key()) && "ParticipantJoined".equals(CohortFixtures.eventType(record)), 1,
                    EVENT_TIMEOUT);
            List<String> types = consumer.receivedSoFar(record -> person.equals(record.key())).stream()
                    .map(CohortFixtures::eventType).toList();
            assertThat(types).containsExactly("PersonRegistered", "PersonArchived", "PersonRestored", "ParticipantJoined");
        }
    }

    @Test
    void onlyAProgrammeManagerArchivesOrSeesTheArchivedAndAnUnknownPersonIsNotFound() {
        String name = "Hidden " + UUID.randomUUID();
        String person = fixtures.registerPerson(name, unique("hidden"), Role.COACH);
        String coach = Http.bearer(person, Role.COACH);

        assertThatProblem(api.post("/api/people/" + person + "/archive", coach, "")).hasStatus(403);
        assertThat(api.post("/api/people/" + person + "/archive", manager(), "").statusCode()).isEqualTo(200);
        assertThat(names("/api/people?includeArchived=true", coach)).doesNotContain(name);
        assertThatProblem(api.post("/api/people/no-such-person/archive", manager(), "")).hasStatus(404);
    }

    // ---- duplicates name the field and what they clash with

    @Test
    void anEmailSomeoneHasIsADuplicateNamingThemEvenWhenArchived() {
        String email = unique("grace");
        String grace = fixtures.registerPerson("Grace Hopper", email, Role.COACH);

        HttpResponse<String> again = api.post("/api/people", manager(), """
                {"name":"Grace H","email":"%s","roles":["COACH"]}""".formatted(email.toUpperCase()));

        assertThatProblem(again).hasStatus(409).hasType(ProblemTypes.DUPLICATE).hasFieldErrorsOnly("email")
                .hasDetailContaining("Someone is already registered with the email");
        assertThat(Http.json(again).path("conflictsWith").asString()).isEqualTo(grace);

        assertThat(api.post("/api/people/" + grace + "/archive", manager(), "").statusCode()).isEqualTo(200);
        HttpResponse<String> archived = api.post("/api/people", manager(), """
                {"name":"Grace H","email":"%s","roles":["COACH"]}""".formatted(email));
        assertThatProblem(archived).hasStatus(409).hasType(ProblemTypes.DUPLICATE).hasDetailContaining("archived: restore them");
        assertThat(Http.json(archived).path("conflictsWith").asString()).isEqualTo(grace);
    }

    @Test
    void aTakenEmailIsOneOfTheFieldErrorsWhenThePersonIsRefusedAnyway() {
        String email = unique("ada");
        fixtures.registerPerson("Ada Lovelace", email, Role.COACH);

        HttpResponse<String> response = api.post("/api/people", manager(), """
                {"name":" ","email":"%s","roles":["COACH"],"organisationOdsCode":"r1","shoeSize":9}""".formatted(email));

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("name", "email", "organisationOdsCode", "shoeSize")
                .hasFieldError("email", "Someone else already has this email address");
    }

    @Test
    void joiningATeamTwiceIsADuplicateNamingThePerson() {
        String person = fixtures.registerPerson("Mary Seacole", unique("mary"), Role.PARTICIPANT);
        String team = CohortFixtures.enrolCollaborative(outbox, fixtures.createCohort());
        String body = "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\",\"joinedOn\":\"2026-04-01\"}";
        assertThat(api.post(participants(team), manager(), body).statusCode()).isEqualTo(201);

        HttpResponse<String> again = api.post(participants(team), manager(), body);

        assertThatProblem(again).hasStatus(409).hasType(ProblemTypes.DUPLICATE).hasFieldErrorsOnly("personId")
                .hasDetailContaining("Mary Seacole is already in this collaborative's team (since 2026-04-01)");
        assertThat(Http.json(again).path("conflictsWith").asString()).isEqualTo(person);
    }

    private List<String> names(String path, String token) {
        HttpResponse<String> response = api.get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).path("items").valueStream().map(item -> item.path("name").asString()).toList();
    }

    private static String participants(String collaborative) {
        return "/api/collaboratives/" + collaborative + "/participants";
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID() + "@example.org";
    }
}
