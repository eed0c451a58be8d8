package uk.nhs.cohortcoach.cohortservice.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.Http.bearer;
import static uk.nhs.cohortcoach.platform.test.Http.json;
import static uk.nhs.cohortcoach.cohortservice.CohortFixtures.manager;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.cohortservice.CohortFixtures;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonRepository;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class ParticipantsApiIT {

    @LocalServerPort
    private int port;

    @Autowired
    private Outbox outbox;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private PersonRepository people;

    private Http api;

    private CohortFixtures fixtures;
    private String cohort;

    @BeforeEach
    void setUp() {
        api = new Http(port);
        fixtures = new CohortFixtures(api);
        cohort = fixtures.createCohort();
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID() + "@example.org";
    }

    private String participants(String collaborative) {
        return "/api/collaboratives/" + collaborative + "/participants";
    }

    @Test
    void joiningPublishesParticipantJoinedAndTheRoleGainedAndLeavingKeepsTheHistory() {
        String collaborative = CohortFixtures.enrolCollaborative(outbox, cohort);
        String person = fixtures.registerPerson("Ada Lovelace", unique("ada"), Role.COACH);

        HttpResponse<String> joined = api.post(participants(collaborative),
                manager(), "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHIEF_EXECUTIVE\",\"joinedOn\":\"2026-04-01\"}");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        assertThat(json(joined).path("joinedOn").asString()).isEqualTo("2026-04-01");
        assertThat(people.findById(person).orElseThrow().roles()).containsExactlyInAnyOrder(Role.COACH, Role.PARTICIPANT);

        assertThatProblem(api.post(participants(collaborative),
                manager(), "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\"}")).hasStatus(409);

        HttpResponse<String> left = api.post(participants(collaborative) + "/" + person + "/leave",
                manager(), "{\"leftOn\":\"2026-06-30\"}");
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        assertThat(json(left).path("leftOn").asString()).isEqualTo("2026-06-30");
        assertThatProblem(api.post(participants(collaborative) + "/" + person + "/leave", manager(), "{}")).hasStatus(409);

        assertThat(json(api.get(participants(collaborative), manager())).path("participants")).isEmpty();
        JsonNode history = json(api.get(participants(collaborative) + "?includePast=true", manager()));
        assertThat(history.path("participants")).hasSize(1);
        JsonNode spell = history.path("participants").get(0);
        assertThat(spell.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(spell.path("leadershipRole").asString()).isEqualTo("CHIEF_EXECUTIVE");
        assertThat(spell.path("joinedOn").asString()).isEqualTo("2026-04-01");
        assertThat(spell.path("leftOn").asString()).isEqualTo("2026-06-30");

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> events = consumer.await(r -> person.equals(r.key())
                    && List.of("ParticipantJoined", "ParticipantLeft").contains(CohortFixtures.eventType(r)), 2, Duration.ofSeconds(20));
            assertThat(events).extracting(CohortFixtures::eventType).containsExactly("ParticipantJoined", "ParticipantLeft");
            assertThat(events.get(0).value()).contains(collaborative).contains(cohort).contains("CHIEF_EXECUTIVE");
            assertThat(consumer.await(r -> person.equals(r.key()) && "PersonUpdated".equals(CohortFixtures.eventType(r)), 1,
                    Duration.ofSeconds(5)).get(0).value()).contains("PARTICIPANT");
        }
    }

    @Test
    void joiningDefaultsToTodayInLondonAndChecksTheCollaborativeAndPerson() {
        String collaborative = CohortFixtures.enrolCollaborative(outbox, cohort);
        String person = fixtures.registerPerson("Grace", unique("grace"), Role.PARTICIPANT);
        HttpResponse<String> joined = api.post(participants(collaborative),
                manager(), "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\"}");
        assertThat(joined.statusCode()).isEqualTo(201);
        assertThat(json(joined).path("joinedOn").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());

        assertThatProblem(api.post(participants("no-such-collaborative"),
                manager(), "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\"}")).hasStatus(404);
        assertThatProblem(api.post(participants(collaborative),
                manager(), "{\"personId\":\"nobody\",\"leadershipRole\":\"CHAIR\"}")).hasStatus(400).hasFieldError("personId");
    }

    @Test
    void theTeamIsVisibleToManagersItsCoachesAndItsCurrentParticipantsOnly() {
        String coachId = UUID.randomUUID().toString();
        String collaborative = CohortFixtures.enrolCollaborative(outbox, cohort, coachId);
        String member = fixtures.registerPerson("Member", unique("member"), Role.PARTICIPANT);
        String outsider = fixtures.registerPerson("Outsider", unique("outsider"), Role.PARTICIPANT);
        api.post(participants(collaborative), manager(), "{\"personId\":\"" + member + "\",\"leadershipRole\":\"CHAIR\"}");

        assertThat(json(api.get(participants(collaborative), bearer(coachId, Role.COACH))).path("participants")).hasSize(1);
        JsonNode asMember = json(api.get(participants(collaborative), bearer(member, Role.PARTICIPANT)));
        assertThat(asMember.path("participants").get(0).path("email").asString()).startsWith("member-");
        assertThatProblem(api.get(participants(collaborative), bearer(outsider, Role.PARTICIPANT))).hasStatus(404);
        assertThatProblem(api.get(participants(collaborative), bearer(UUID.randomUUID().toString(), Role.COACH))).hasStatus(404);
    }

    @Test
    void membersSeeTheirTeamAndCoachesByNameButNobodysEmailButTheirOwn() {
        String coachId = fixtures.registerPerson("Cora Coach", unique("coach"), Role.COACH);
        String collaborative = CohortFixtures.enrolCollaborative(outbox, cohort, coachId);
        String member = fixtures.registerPerson("Member", unique("member"), Role.PARTICIPANT);
        String teammate = fixtures.registerPerson("Teammate", unique("teammate"), Role.PARTICIPANT);
        String outsider = fixtures.registerPerson("Outsider", unique("outsider"), Role.PARTICIPANT);
        api.post(participants(collaborative), manager(), "{\"personId\":\"" + member + "\",\"leadershipRole\":\"CHAIR\"}");
        api.post(participants(collaborative), manager(), "{\"personId\":\"" + teammate + "\",\"leadershipRole\":\"OTHER\"}");

        JsonNode asMember = json(api.get(participants(collaborative), bearer(member, Role.PARTICIPANT))).path("participants");
        assertThat(asMember).hasSize(2);
        for (JsonNode spell : asMember) {
            boolean mine = spell.path("personId").asString().equals(member);
            assertThat(spell.hasNonNull("email")).as(spell.path("name").asString()).isEqualTo(mine);
        }
        JsonNode asCoach = json(api.get(participants(collaborative), bearer(coachId, Role.COACH))).path("participants");
        assertThat(asCoach).allSatisfy(spell -> assertThat(spell.path("email").asString()).contains("@"));

        JsonNode coaches = json(api.get("/api/collaboratives/" + collaborative + "/coaches", bearer(member, Role.PARTICIPANT)));
        assertThat(coaches.path("coaches")).hasSize(1);
        assertThat(coaches.path("coaches").get(0).path("name").asString()).isEqualTo("Cora Coach");
        assertThat(coaches.path("coaches").get(0).has("email")).isFalse();
        assertThatProblem(api.get("/api/collaboratives/" + collaborative + "/coaches", bearer(outsider, Role.PARTICIPANT)))
                .hasStatus(404);
    }

    @Test
    void importingReportsEachRowAndReimportingNeverDuplicates() {
        String collaborative = CohortFixtures.enrolCollaborative(outbox, cohort);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String known = fixtures.registerPerson("Known Person", "known-" + tag + "@example.org", Role.COACH);
        String csv = "\uFEFFname,email,job_title,organisation_ods_code,leadership_role\r\n"
                + "\"Lovelace, Ada\",ada-" + tag + "@example.org,Chief Executive,RHQ,chief executive\r\n"
                + "\r\n"
                + "Known Person,KNOWN-" + tag + "@example.org,Chair,,chair\r\n"
                + "Bad Email,not-an-email,,,chair\r\n"
                + "Ada Again,ADA-" + tag + "@EXAMPLE.ORG,,,chair\r\n"
                + "Nobody,nobody-" + tag + "@example.org,,,janitor\r\n";
        HttpResponse<String> first = api.request("POST",participants(collaborative) + "/import").authorization(manager()).body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode report = json(first);
        assertThat(report.path("created").asInt()).isEqualTo(1);
        assertThat(report.path("updated").asInt()).isEqualTo(1);
        assertThat(report.path("unchanged").asInt()).isZero();
        assertThat(report.path("rejected").asInt()).isEqualTo(3);
        JsonNode rows = report.path("rows");
        assertThat(rows).extracting(row -> row.path("row").asInt()).containsExactly(2, 4, 5, 6, 7);
        assertThat(rows).extracting(row -> row.path("status").asString())
                .containsExactly("CREATED", "UPDATED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(rows.get(1).path("personId").asString()).isEqualTo(known);
        assertThat(rows.get(2).path("errors").get(0).path("field").asString()).isEqualTo("email");
        assertThat(rows.get(3).path("errors").get(0).path("message").asString()).isEqualTo("The email address is the same as in row 2");
        assertThat(rows.get(4).path("errors").get(0).path("field").asString()).isEqualTo("leadership_role");
        String ada = rows.get(0).path("personId").asString();

        HttpResponse<String> again = api.request("POST",participants(collaborative) + "/import").authorization(manager()).body("text/csv",
                csv.replace("Known Person,KNOWN-" + tag + "@example.org,Chair,,chair",
                        "Known Person,KNOWN-" + tag + "@example.org,Chair,,improvement lead").getBytes(StandardCharsets.UTF_8)).send();
        JsonNode second = json(again);
        assertThat(second.path("rows")).extracting(row -> row.path("status").asString())
                .containsExactly("UNCHANGED", "UPDATED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(second.path("rows").get(0).path("personId").asString()).isEqualTo(ada);
        assertThat(mongo.count(Query.query(Criteria.where("emailKey").regex(tag)), Person.class)).isEqualTo(2);

        JsonNode team = json(api.get(participants(collaborative) + "?includePast=true", manager())).path("participants");
        assertThat(team).extracting(m -> m.path("name").asString() + ":" + m.path("leadershipRole").asString()
                + ":" + (m.path("leftOn").isNull() || m.path("leftOn").isMissingNode() ? "current" : "left"))
                .containsExactlyInAnyOrder("Known Person:CHAIR:left", "Known Person:IMPROVEMENT_LEAD:current",
                        "Lovelace, Ada:CHIEF_EXECUTIVE:current");

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            consumer.await(r -> ada.equals(r.key()) && "PersonRegistered".equals(CohortFixtures.eventType(r)), 1, Duration.ofSeconds(20));
            consumer.await(r -> ada.equals(r.key()) && "ParticipantJoined".equals(CohortFixtures.eventType(r)), 1, Duration.ofSeconds(20));
            consumer.await(r -> known.equals(r.key()) && "PersonUpdated".equals(CohortFixtures.eventType(r)), 1, Duration.ofSeconds(20));
        }
    }

    @Test
    void importingRefusesAFileWithoutTheHeaderColumns() {
        String collaborative = CohortFixtures.enrolCollaborative(outbox, cohort);
        assertThatProblem(api.request("POST",participants(collaborative) + "/import").authorization(manager()).body("text/csv",
                "name,email\nAda,ada@example.org\n".getBytes(StandardCharsets.UTF_8)).send())
                .hasStatus(400).hasFieldError("header");
        assertThatProblem(api.request("POST",participants("no-such-collaborative") + "/import").authorization(manager()).body("text/csv",
                "name,email,job_title,organisation_ods_code,leadership_role\n".getBytes(StandardCharsets.UTF_8)).send())
                .hasStatus(404);
    }
}
