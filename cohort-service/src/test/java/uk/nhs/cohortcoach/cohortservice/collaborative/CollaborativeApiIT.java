package uk.nhs.cohortcoach.cohortservice.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** The collaboratives API against a real service, Kafka broker and Mongo wire server. Each test works in cohorts of its own. */
@PlatformIntegrationTest
class CollaborativeApiIT {

    private static final String MANAGER = "Bearer " + TestTokens.forRoles("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Outbox outbox;

    // ---- enrolling and changing, with the events on the broker

    @Test
    void enrolsACollaborativeAndPublishesCollaborativeEnrolled() throws Exception {
        String cohortId = cohort("ACTIVE");
        String coachId = person(Role.COACH);

        HttpResponse<String> response = http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives",
                MANAGER, body("Humber and North Yorkshire Collaboration of Acute Providers", "ACUTE", coachId));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        String id = created.path("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/collaboratives/" + id);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(created.path("cohortId").asString()).isEqualTo(cohortId);
        assertThat(created.path("name").asString()).isEqualTo("Humber and North Yorkshire Collaboration of Acute Providers");
        assertThat(created.path("sector").asString()).isEqualTo("ACUTE");
        assertThat(created.path("members").get(0).path("odsCode").asString()).isEqualTo("RWA");
        assertThat(created.path("priority").path("imdEdition").asString()).isEqualTo("IMD_2025");
        assertThat(created.path("priority").path("clinicalAreas").get(0).asString()).isEqualTo("ADULT_HYPERTENSION");
        assertThat(created.path("plannedCoachingHours").asInt()).isEqualTo(40);
        assertThat(created.path("coachIds").get(0).asString()).isEqualTo(coachId);
        assertThat(created.path("version").asLong()).isZero();

        HttpResponse<String> read = http.send("GET", "/api/collaboratives/" + id, MANAGER, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");

        JsonNode event = awaitEvent(id, "CollaborativeEnrolled");
        JsonNode payload = event.path("payload");
        assertThat(event.path("aggregateId").asString()).isEqualTo(id);
        assertThat(payload.path("collaborativeId").asString()).isEqualTo(id);
        assertThat(payload.path("cohortId").asString()).isEqualTo(cohortId);
        assertThat(payload.path("name").asString()).isEqualTo("Humber and North Yorkshire Collaboration of Acute Providers");
        assertThat(payload.path("sector").asString()).isEqualTo("ACUTE");
        assertThat(payload.path("ics").asString()).isEqualTo("Humber and North Yorkshire");
        assertThat(texts(payload.path("memberOdsCodes"))).containsExactly("RWA", "RCB");
        assertThat(payload.path("priorityArea").asString()).isEqualTo("Elective waits");
        assertThat(payload.path("plannedCoachingHours").asInt()).isEqualTo(40);
        assertThat(texts(payload.path("coachIds"))).containsExactly(coachId);
    }

    @Test
    void updatingPublishesCollaborativeUpdated() throws Exception {
        String cohortId = cohort("ACTIVE");
        String id = enrolled(cohortId, "Acute Hospitals Alliance", "ACUTE");

        HttpResponse<String> response = http.send("PUT", "/api/collaboratives/" + id,
                MANAGER, withVersion(body("Acute Hospitals Alliance (renamed)", "ALL_IN"), 0));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(JSON.readTree(response.body()).path("sector").asString()).isEqualTo("ALL_IN");
        JsonNode payload = awaitEvent(id, "CollaborativeUpdated").path("payload");
        assertThat(payload.path("name").asString()).isEqualTo("Acute Hospitals Alliance (renamed)");
        assertThat(payload.path("sector").asString()).isEqualTo("ALL_IN");
        assertThat(payload.path("cohortId").asString()).isEqualTo(cohortId);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
        String id = enrolled(cohort("ACTIVE"), "Joined Up Care Derbyshire", "ALL_IN");
        assertThat(http.send("PUT", "/api/collaboratives/" + id, MANAGER, withVersion(body("First change", "ALL_IN"), 0))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = http.send("PUT", "/api/collaboratives/" + id,
                MANAGER, withVersion(body("Second change", "COMMUNITY"), 0));

        assertThatProblem(stale).hasStatus(409).hasType(ProblemTypes.CONCURRENT_MODIFICATION);
        JsonNode current = JSON.readTree(http.send("GET", "/api/collaboratives/" + id, MANAGER, null).body());
        assertThat(current.path("name").asString()).isEqualTo("First change");
        assertThat(current.path("sector").asString()).isEqualTo("ALL_IN");
        assertThat(current.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aClosedCohortTakesNoCollaborativesAndAnUnknownOneIsNotFound() throws Exception {
        String closed = cohort("CLOSED");

        assertThatProblem(http.send("POST", "/api/cohorts/" + closed + "/collaboratives", MANAGER, body("Too late", "ACUTE")))
                .hasStatus(409).hasType(ProblemTypes.CONFLICT);
        assertThat(countIn(closed)).isZero();
        assertThatProblem(http.send("POST", "/api/cohorts/no-such-cohort/collaboratives", MANAGER, body("Nowhere", "ACUTE")))
                .hasStatus(404).hasType(ProblemTypes.NOT_FOUND);
        assertThatProblem(http.send("GET", "/api/collaboratives/no-such-collaborative", MANAGER, null)).hasStatus(404);
        assertThatProblem(http.send("PUT", "/api/collaboratives/no-such-collaborative", MANAGER,
                withVersion(body("X", "ACUTE"), 0))).hasStatus(404);
    }

    @Test
    void aCollaborativeOfACohortThatClosedCannotChange() throws Exception {
        String cohortId = cohort("ACTIVE");
        String id = enrolled(cohortId, "South Yorkshire MHLDA Provider Collaborative", "MENTAL_HEALTH");
        HttpResponse<String> closing = http.send("PUT", "/api/cohorts/" + cohortId, MANAGER, """
                {"name": "Closing phase", "phase": 2, "startDate": "2026-01-05", "endDate": "2026-10-02", "status": "CLOSED",
                 "version": 0}""");
        assertThat(closing.statusCode()).as(closing.body()).isEqualTo(200);

        assertThatProblem(http.send("PUT", "/api/collaboratives/" + id, MANAGER,
                withVersion(body("Changed late", "MENTAL_HEALTH"), 0))).hasStatus(409).hasType(ProblemTypes.CONFLICT);
        assertThat(JSON.readTree(http.send("GET", "/api/collaboratives/" + id, MANAGER, null).body()).path("name").asString())
                .isEqualTo("South Yorkshire MHLDA Provider Collaborative");
    }

    @Test
    void namesAreUniqueInACohortIgnoringCaseButMayRepeatAcrossCohorts() throws Exception {
        String cohortId = cohort("ACTIVE");
        String other = cohort("PLANNED");
        String enrolledId = enrolled(cohortId, "Mid and South Essex Community Collaborative", "COMMUNITY");

        String first = enrolledId;
        HttpResponse<String> duplicate = http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives",
                MANAGER, body("  MID AND SOUTH ESSEX community collaborative ", "COMMUNITY"));
        assertThatProblem(duplicate).hasStatus(409).hasType(ProblemTypes.DUPLICATE)
                .hasDetailContaining("A collaborative called 'Mid and South Essex Community Collaborative' is already in this cohort")
                .hasFieldErrorsOnly("name").hasFieldError("name", "There is already a collaborative with this name in this cohort");
        assertThat(JSON.readTree(duplicate.body()).path("conflictsWith").asString()).isEqualTo(first);
        assertThat(countIn(cohortId)).isEqualTo(1);
        assertThat(http.send("POST", "/api/cohorts/" + other + "/collaboratives",
                MANAGER, body("Mid and South Essex Community Collaborative", "COMMUNITY")).statusCode()).isEqualTo(201);
    }

    @Test
    void renamingToANameTakenInTheCohortIsADuplicateNamingTheOther() throws Exception {
        String cohortId = cohort("ACTIVE");
        String taken = enrolled(cohortId, "Joined Up Care Derbyshire", "ALL_IN");
        String renamed = enrolled(cohortId, "Derbyshire (draft)", "ALL_IN");

        HttpResponse<String> response = http.send("PUT", "/api/collaboratives/" + renamed, MANAGER,
                withVersion(body("joined up care derbyshire", "ALL_IN"), 0));

        assertThatProblem(response).hasStatus(409).hasType(ProblemTypes.DUPLICATE).hasFieldErrorsOnly("name");
        assertThat(JSON.readTree(response.body()).path("conflictsWith").asString()).isEqualTo(taken);
        assertThat(http.send("GET", "/api/collaboratives/" + renamed, MANAGER, null).body()).contains("Derbyshire (draft)");
    }

    // ---- input the rules refuse

    @Test
    void answersEveryFieldErrorOfACollaborativeInOneAnswer() throws Exception {
        String cohortId = cohort("ACTIVE");
        enrolled(cohortId, "Acute Hospitals Alliance", "ACUTE");
        String coach = person(Role.COACH);
        // three kinds at once: values that cannot be read (an unknown field, a sector that does not exist),
        // Bean Validation (a blank priority area, a trust code of the wrong form), and the service's own
        // rules (a trust listed twice, an unknown coach, a name already taken in the cohort)
        String body = body("Acute Hospitals Alliance", "HOSPITALS", coach, "no-such-person")
                .replace("\"ics\":", "\"budget\": 12, \"ics\":")
                .replace("\"area\": \"Elective waits\"", "\"area\": \" \"")
                .replace("\"RCB\"", "\"RWA\"}, {\"odsCode\": \"X1\"");

        HttpResponse<String> response = http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives", MANAGER, body);

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION).hasCorrelationId()
                .hasFieldErrorsOnly("budget", "sector", "priority.area", "members[1].odsCode", "members[2].odsCode",
                        "coachIds[1]", "name")
                .hasFieldError("budget", "is not a field of this request")
                .hasFieldError("sector", "must be one of")
                .hasFieldError("priority.area", "Enter the priority area")
                .hasFieldError("members[1].odsCode", "ODS code RWA is listed more than once")
                .hasFieldError("members[2].odsCode", "Enter a trust ODS code in the correct format: R or T then 2 capital letters or digits, like RX1")
                .hasFieldError("coachIds[1]", "Select a coach from the list")
                .hasFieldError("name", "There is already a collaborative with this name in this cohort");
        assertThat(countIn(cohortId)).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotJsonAtAllIsStillOneError() throws Exception {
        String cohortId = cohort("ACTIVE");

        assertThatProblem(http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives", MANAGER, "{\"name\": \"x\", \"sector\": }"))
                .hasStatus(400).hasType(ProblemTypes.MALFORMED_JSON).hasNoFieldErrors();
        assertThat(countIn(cohortId)).isZero();
    }

    @Test
    void refusesAnOdsCodeListedTwice() throws Exception {
        String cohortId = cohort("ACTIVE");
        String twice = body("Twice", "ACUTE").replace("\"RCB\"", "\"RWA\"");

        assertThatProblem(http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives", MANAGER, twice))
                .hasStatus(400).hasFieldErrorsOnly("members[1].odsCode");
        assertThat(countIn(cohortId)).isZero();
    }

    @Test
    void refusesCore20WithoutTheImdEdition() throws Exception {
        String cohortId = cohort("ACTIVE");
        String noEdition = body("No edition", "ACUTE").replace("\"imdEdition\": \"IMD_2025\", ", "");

        assertThatProblem(http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives", MANAGER, noEdition))
                .hasStatus(400).hasFieldErrorsOnly("priority.imdEdition");
        assertThat(countIn(cohortId)).isZero();
    }

    @Test
    void refusesCoachIdsOfUnknownPeopleOrPeopleWhoAreNotCoaches() throws Exception {
        String cohortId = cohort("ACTIVE");
        String coach = person(Role.COACH);
        String participant = person(Role.PARTICIPANT);

        assertThatProblem(http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives",
                MANAGER, body("Coached", "ACUTE", coach, "no-such-person", participant)))
                .hasStatus(400).hasFieldErrorsOnly("coachIds[1]", "coachIds[2]");
        assertThat(countIn(cohortId)).isZero();
    }

    // ---- lists

    @Test
    void listsFilteredByCohortAndSectorSortedAndPaged() throws Exception {
        String cohortId = cohort("ACTIVE");
        enrolled(cohortId, "Beta", "ACUTE", 10);
        enrolled(cohortId, "alpha", "COMMUNITY", 30);
        enrolled(cohortId, "Gamma", "ACUTE", 20);
        enrolled(cohort("ACTIVE"), "Elsewhere", "ACUTE", 5);
        String list = "/api/collaboratives?cohortId=" + cohortId;

        assertThat(names(list)).containsExactly("alpha", "Beta", "Gamma");
        assertThat(names(list + "&sector=ACUTE")).containsExactly("Beta", "Gamma");
        assertThat(names(list + "&sort=plannedCoachingHours,desc")).containsExactly("alpha", "Gamma", "Beta");
        assertThat(names(list + "&sort=name,desc")).containsExactly("Gamma", "Beta", "alpha");
        assertThat(names(list + "&sort=sector,desc&size=1")).containsExactly("alpha");

        JsonNode secondPage = JSON.readTree(http.send("GET", list + "&size=2&page=1", MANAGER, null).body());
        assertThat(texts(secondPage.path("items"), "name")).containsExactly("Gamma");
        assertThat(secondPage.path("totalItems").asLong()).isEqualTo(3);
        assertThat(secondPage.path("totalPages").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(http.send("GET", list + "&size=5000", MANAGER, null).body()).path("size").asInt()).isEqualTo(100);
    }

    // ---- who may see and change what

    @Test
    void coachesSeeWhatTheyCoachAndParticipantsTheirOwnCollaborative() throws Exception {
        String cohortId = cohort("ACTIVE");
        String coachId = person(Role.COACH);
        String coached = enrolled(cohortId, "Coached one", "ACUTE", coachId);
        String other = enrolled(cohortId, "Other one", "MENTAL_HEALTH");
        Person participant = Person.register(Person.newId(), details(Role.PARTICIPANT))
                .join(other, cohortId, LeadershipRole.IMPROVEMENT_LEAD, LocalDate.of(2026, 1, 5));
        outbox.insert(participant, participant.registered(Instant.now()));
        String coach = "Bearer " + TestTokens.forRoles(coachId, Role.COACH);
        String member = "Bearer " + TestTokens.forRoles(participant.id(), Role.PARTICIPANT);
        String stranger = "Bearer " + TestTokens.forRoles("stranger-" + UUID.randomUUID(), Role.COACH);
        String list = "/api/collaboratives?cohortId=" + cohortId;

        assertThat(names(list, coach)).containsExactly("Coached one");
        assertThat(http.send("GET", "/api/collaboratives/" + coached, coach, null).statusCode()).isEqualTo(200);
        assertThatProblem(http.send("GET", "/api/collaboratives/" + other, coach, null)).hasStatus(404);

        assertThat(names(list, member)).containsExactly("Other one");
        assertThat(http.send("GET", "/api/collaboratives/" + other, member, null).statusCode()).isEqualTo(200);
        assertThatProblem(http.send("GET", "/api/collaboratives/" + coached, member, null)).hasStatus(404);

        assertThat(names(list, stranger)).isEmpty();
        assertThatProblem(http.send("GET", "/api/collaboratives/" + coached, stranger, null)).hasStatus(404);
        assertThat(names(list, MANAGER)).containsExactly("Coached one", "Other one");
    }

    // ---- helpers

    private static String body(String name, String sector, String... coachIds) {
        String coaches = String.join(", ", Stream.of(coachIds).map(id -> "\"" + id + "\"").toList());
        return """
                {"name": "%s", "sector": "%s", "ics": "Humber and North Yorkshire",
                 "members": [{"odsCode": "RWA", "name": "Hull University Teaching Hospitals"},
                             {"odsCode": "RCB", "name": "York and Scarborough Teaching Hospitals"}],
                 "seniorResponsibleOfficer": "Jane Doe",
                 "priority": {"area": "Elective waits", "core20": true, "imdEdition": "IMD_2025", "plusGroups": ["Ethnic minority communities"], "clinicalAreas": ["ADULT_HYPERTENSION"]},
                 "plannedCoachingHours": 40, "coachIds": [%s]}""".formatted(name, sector, coaches);
    }

    private static String withVersion(String body, long version) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"version\": " + version + "}";
    }

    private String cohort(String status) throws Exception {
        HttpResponse<String> response = http.send("POST", "/api/cohorts", MANAGER, """
                {"name": "Phase %s", "phase": 2, "startDate": "2026-01-05", "endDate": "2026-10-02", "status": "%s"}"""
                .formatted(UUID.randomUUID(), status));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("id").asString();
    }

    private String enrolled(String cohortId, String name, String sector, String... coachIds) throws Exception {
        return enrolled(cohortId, body(name, sector, coachIds));
    }

    private String enrolled(String cohortId, String name, String sector, int hours) throws Exception {
        return enrolled(cohortId, body(name, sector).replace("\"plannedCoachingHours\": 40", "\"plannedCoachingHours\": " + hours));
    }

    private String enrolled(String cohortId, String body) throws Exception {
        HttpResponse<String> response = http.send("POST", "/api/cohorts/" + cohortId + "/collaboratives", MANAGER, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("id").asString();
    }

    private String person(Role role) {
        Person person = Person.register(Person.newId(), details(role));
        outbox.insert(person, person.registered(Instant.now()));
        return person.id();
    }

    private static PersonDetails details(Role role) {
        String unique = UUID.randomUUID().toString();
        return new PersonDetails("Person " + unique, unique + "@example.nhs.uk", "Improvement lead", "RWA", Set.of(role));
    }

    private long countIn(String cohortId) {
        return mongo.count(Query.query(Criteria.where("cohortId").is(cohortId)), Collaborative.class);
    }

    private List<String> names(String path) throws Exception {
        return names(path, MANAGER);
    }

    private List<String> names(String path, String token) throws Exception {
        HttpResponse<String> response = http.send("GET", path, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return texts(JSON.readTree(response.body()).path("items"), "name");
    }

    private static JsonNode awaitEvent(String collaborativeId, String type) {
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> records = consumer.await(record -> collaborativeId.equals(record.key())
                    && type.equals(header(record, EventEnvelope.Headers.TYPE)), 1, EVENT_TIMEOUT);
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.path("type").asString()).isEqualTo(type);
            return event;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asString()));
        return texts;
    }
}
