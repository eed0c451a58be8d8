package uk.nhs.cohortcoach.coachingservice.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
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
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * "Log a session that already happened", through the API: the coach records a past session with its log in one
 * request; it is stored held, with SessionScheduled then SessionLogged on its key, and its log stays correctable for
 * 14 days from now. A start in the future or outside the cohort, a clash, a bad log or someone else's session is
 * refused and stores nothing.
 */
@PlatformIntegrationTest
class RecordHeldSessionIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;

    private Http http;
    private String coach;
    private String collaborativeId;
    private String member;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        coach = "coach-" + UUID.randomUUID();
        collaborativeId = "collab-" + UUID.randomUUID();
        member = "p-" + UUID.randomUUID();
        String cohortId = "cohort-" + UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        mongo.insert(new CohortView(cohortId, "Phase 2", today.minusDays(60), today.plusDays(60), "ACTIVE"));
        mongo.insert(new CollaborativeView(collaborativeId, cohortId, "Joined Up Care Derbyshire", List.of(coach), 20));
        mongo.insert(new PersonView(coach, "Cara Coach", "cara@example.nhs.uk", Set.of("COACH"), List.of()));
        mongo.insert(new PersonView(member, "Asha Patel", "asha@example.nhs.uk", Set.of("PARTICIPANT"), List.of(collaborativeId)));
    }

    @Test
    void theCoachRecordsAPastSessionWithItsLogInOneRequestAndItIsHeldCorrectableAndPublished() {
        Instant start = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
        Instant before = Instant.now();

        HttpResponse<String> recorded = http.post("/api/sessions/held", coachToken(), body(start,
                "\"attendeeIds\":[\"" + member + "\"],\"notes\":\"Board session on waiting lists.\","
                        + "\"themes\":[\"EMBEDDING_EQUITY\"],\"equityPause\":{\"held\":true,\"surfaced\":\"Carers were not heard.\"},"
                        + "\"actions\":[{\"description\":\"Share the data pack\",\"ownerId\":\"" + member
                        + "\",\"dueDate\":\"2030-01-31\"}]"));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode log = Http.json(recorded);
        String id = log.get("sessionId").asString();
        assertThat(recorded.headers().firstValue("Location")).hasValue("/api/sessions/" + id);
        assertThat(log.get("locked").asBoolean()).isFalse();
        assertThat(Instant.parse(log.get("editableUntil").asString()))
                .as("14 days from when it was recorded, not from its start")
                .isBetween(before.plus(Duration.ofDays(14)), Instant.now().plus(Duration.ofDays(14)));
        assertThat(log.get("actions").size()).isEqualTo(1);
        JsonNode session = Http.json(http.get("/api/sessions/" + id, coachToken()));
        assertThat(session.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(session.get("logged").asBoolean()).isTrue();
        assertThat(Instant.parse(session.get("startsAt").asString())).isEqualTo(start);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            List<ConsumerRecord<String, String>> records = topic.await(r -> id.equals(r.key()), 2, WAIT);
            assertThat(EventJson.payload(EventJson.read(records.get(0).value())).orElseThrow())
                    .isInstanceOfSatisfying(SessionScheduled.class, e -> {
                        assertThat(e.startsAt()).isEqualTo(start);
                        assertThat(e.inviteeIds()).containsExactly(member);
                    });
            assertThat(EventJson.payload(EventJson.read(records.get(1).value())).orElseThrow())
                    .isInstanceOfSatisfying(SessionLogged.class, e -> {
                        assertThat(e.attendeeIds()).containsExactly(member);
                        assertThat(e.equityPauseHeld()).isTrue();
                    });
        }
        JsonNode history = Http.json(http.get("/api/sessions/" + id + "/log/history", coachToken())).get("entries");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("WRITTEN");
        assertThat(history.get(0).get("fields").valueStream().map(JsonNode::asString).toList())
                .containsExactly("attendeeIds", "notes", "themes", "equityPause", "actions");

        HttpResponse<String> corrected = http.put("/api/sessions/" + id + "/log", coachToken(),
                "{\"attendeeIds\":[],\"equityPause\":{\"held\":false}}");
        assertThat(corrected.statusCode()).as("correctable though its start is 20 days ago: " + corrected.body()).isEqualTo(200);
    }

    @Test
    void aFutureStartAClashABadLogOrSomeoneElsesSessionIsRefusedAndStoresNothing() {
        Instant past = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        outbox.insert(TestData.session("cohort-x", "collab-" + UUID.randomUUID(), coach, past.plus(Duration.ofMinutes(30)),
                List.of()));
        String goodLog = "\"attendeeIds\":[],\"equityPause\":{\"held\":false}";
        long sessionsBefore = sessionsOfTheCollaborative();

        assertThatProblem(http.post("/api/sessions/held", coachToken(),
                body(Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS), goodLog)))
                .hasStatus(400).hasFieldError("startAt", "The session must have started already. Schedule a session that is still to come instead");
        assertThatProblem(http.post("/api/sessions/held", coachToken(), body(Instant.now().minus(Duration.ofDays(90))
                .truncatedTo(ChronoUnit.HOURS), goodLog))).hasStatus(400).hasFieldError("start");
        assertThatProblem(http.post("/api/sessions/held", coachToken(), body(past, goodLog))).hasStatus(409)
                .hasDetailContaining("Team coaching");
        assertThatProblem(http.post("/api/sessions/held", coachToken(), body(past.minus(Duration.ofDays(1)),
                "\"attendeeIds\":[\"stranger\"],\"equityPause\":{\"held\":true},"
                        + "\"actions\":[{\"description\":\"Do it\",\"ownerId\":\"stranger\",\"dueDate\":\"2030-01-31\"}]")))
                .hasStatus(400).hasFieldErrorsOnly("log.attendeeIds[0]", "log.equityPause.surfaced", "log.actions[0].ownerId");
        assertThatProblem(http.post("/api/sessions/held", coachToken(), body(past.minus(Duration.ofDays(1)),
                "\"attendeeIds\":[]"))).hasStatus(400).hasFieldError("log.equityPause");
        assertThatProblem(http.post("/api/sessions/held", Http.bearer("coach-other", Role.COACH),
                body(past.minus(Duration.ofDays(1)), goodLog))).hasStatus(403);
        assertThatProblem(http.post("/api/sessions/held", Http.bearer("m-1", Role.PROGRAMME_MANAGER),
                body(past.minus(Duration.ofDays(1)), goodLog))).hasStatus(403);

        assertThat(sessionsOfTheCollaborative()).isEqualTo(sessionsBefore);
        assertThat(mongo.count(Query.query(Criteria.where("collaborativeId").is(collaborativeId)), Action.class)).isZero();
    }

    private String body(Instant start, String log) {
        return """
                {"collaborativeId":"%s","coachId":"%s","type":"TEAM_COACHING","title":"Board development",
                 "startAt":"%s","durationMinutes":90,"location":"Chesterfield","inviteeIds":["%s"],
                 "log":{%s}}""".formatted(collaborativeId, coach, start, member, log);
    }

    private long sessionsOfTheCollaborative() {
        return mongo.count(Query.query(Criteria.where("collaborativeId").is(collaborativeId)), Session.class);
    }

    private String coachToken() {
        return Http.bearer(coach, Role.COACH);
    }

}
