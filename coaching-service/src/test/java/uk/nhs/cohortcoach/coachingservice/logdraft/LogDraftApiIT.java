package uk.nhs.cohortcoach.coachingservice.logdraft;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * A session log's draft against the real Mongo: the coach keeps it, reads it back as typed, another coach, a member
 * and a manager cannot touch it; saving the log or cancelling the session deletes it; nothing about it reaches the
 * session's outbox; subject access lists it under the coach who wrote it.
 */
@PlatformIntegrationTest
class LogDraftApiIT {

    private static final String MANAGER = Http.bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
    private static final String DRAFT = """
            {"equityPauseHeld":"yes","equityPauseSurfaced":"Who is missing","attendeeIds":["%s"],"guests":"",
             "notes":"Asha raised the waiting list.\\nMore to say","themes":["EMBEDDING_EQUITY"],
             "actions":[{"description":"Call the trust","ownerId":"","ownerName":"","dueDay":"3","dueMonth":"","dueYear":""}]}""";

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;

    private Http http;
    private String coach;
    private String otherCoach;
    private String collaborativeId;
    private String member;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        coach = "coach-" + UUID.randomUUID();
        otherCoach = "coach-" + UUID.randomUUID();
        collaborativeId = "collab-" + UUID.randomUUID();
        member = "p-" + UUID.randomUUID();
        mongo.insert(new CollaborativeView(collaborativeId, "cohort-1", "Joined Up Care Derbyshire", List.of(coach, otherCoach), 20));
        mongo.insert(new PersonView(member, "Asha Patel", "asha@example.nhs.uk", Set.of("PARTICIPANT"), List.of(collaborativeId)));
    }

    @Test
    void theCoachKeepsADraftAndFindsItAsTypedAndNobodyElseMayTouchIt() {
        Session session = session(Instant.now().minus(Duration.ofHours(3)));
        Document before = stored(session.id());

        Instant beforeSave = Instant.now();
        HttpResponse<String> kept = http.put(path(session), coachToken(), DRAFT.formatted(member));
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);

        HttpResponse<String> read = http.get(path(session), coachToken());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode draft = Http.json(read);
        assertThat(draft.get("content").get("notes").asString()).isEqualTo("Asha raised the waiting list.\nMore to say");
        assertThat(draft.get("content").get("equityPauseHeld").asString()).isEqualTo("yes");
        assertThat(draft.get("content").get("actions").get(0).get("dueDay").asString()).isEqualTo("3");
        Instant savedAt = Instant.parse(draft.get("savedAt").asString());
        assertThat(savedAt).isBetween(beforeSave.minusSeconds(1), Instant.now());
        assertThat(Instant.parse(draft.get("expiresAt").asString())).isEqualTo(savedAt.plus(Duration.ofDays(30)));

        for (String someoneElse : List.of(Http.bearer(otherCoach, Role.COACH), Http.bearer(member, Role.PARTICIPANT), MANAGER)) {
            assertThatProblem(http.get(path(session), someoneElse)).hasStatus(403);
            assertThatProblem(http.put(path(session), someoneElse, "{\"notes\":\"Overwritten\"}")).hasStatus(403);
            assertThatProblem(http.delete(path(session), someoneElse)).hasStatus(403);
        }
        assertThat(Http.json(http.get(path(session), coachToken())).get("content").get("notes").asString()).startsWith("Asha raised");
        assertThat(stored(session.id())).as("a draft changes nothing on the session, so publishes nothing").isEqualTo(before);

        assertThat(http.delete(path(session), coachToken()).statusCode()).isEqualTo(204);
        assertThatProblem(http.get(path(session), coachToken())).hasStatus(404);
        assertThat(http.delete(path(session), coachToken()).statusCode()).as("discarding nothing").isEqualTo(204);
    }

    @Test
    void savingTheLogOrCancellingTheSessionDeletesItsDraft() {
        Session logged = session(Instant.now().minus(Duration.ofHours(3)));
        Session cancelled = session(Instant.now().minus(Duration.ofHours(6)));
        http.put(path(logged), coachToken(), DRAFT.formatted(member));
        http.put(path(cancelled), coachToken(), "{\"notes\":\"Typed before it was called off\"}");
        assertThat(mongo.getCollection("log_drafts").countDocuments(new Document("coachId", coach))).isEqualTo(2);

        HttpResponse<String> log = http.put("/api/sessions/" + logged.id() + "/log", coachToken(),
                "{\"attendeeIds\":[\"" + member + "\"],\"notes\":\"Final\",\"equityPause\":{\"held\":false}}");
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThatProblem(http.get(path(logged), coachToken())).hasStatus(404);
        assertThatProblem(http.put(path(logged), coachToken(), "{\"notes\":\"Again\"}")).hasStatus(409).hasReason("session-logged");

        HttpResponse<String> cancel = http.post("/api/sessions/" + cancelled.id() + "/cancel", coachToken(),
                "{\"reason\":\"Called off\",\"scope\":\"THIS\",\"version\":" + cancelled.version() + "}");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        assertThat(mongo.getCollection("log_drafts").countDocuments(new Document("coachId", coach))).isZero();
    }

    @Test
    void aDraftIsRefusedWhereTheLogCouldNotBeWrittenAndSubjectAccessListsTheCoachsDrafts() {
        Session future = session(Instant.now().plus(Duration.ofDays(3)));
        Session locked = session(Instant.now().minus(Duration.ofDays(20)));
        assertThatProblem(http.put(path(future), coachToken(), "{\"notes\":\"Early\"}")).hasStatus(409);
        assertThatProblem(http.put(path(locked), coachToken(), "{\"notes\":\"Late\"}")).hasStatus(409).hasReason("log-locked");
        assertThatProblem(http.put("/api/sessions/no-such-session/log-draft", coachToken(), "{\"notes\":\"x\"}")).hasStatus(404);

        Session open = session(Instant.now().minus(Duration.ofHours(1)));
        http.put(path(open), coachToken(), "{\"notes\":\"Private typing\"}");
        HttpResponse<String> export = http.get("/api/privacy/coaching/people/" + coach, MANAGER);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonNode drafts = Http.json(export).get("logDrafts");
        assertThat(drafts.size()).isEqualTo(1);
        assertThat(drafts.get(0).get("sessionId").asString()).isEqualTo(open.id());
        assertThat(drafts.get(0).get("content").get("notes").asString()).isEqualTo("Private typing");
    }

    private Session session(Instant start) {
        return outbox.insert(TestData.session("cohort-1", collaborativeId, coach, start, Duration.ofMinutes(90), List.of(member),
                SessionStatus.SCHEDULED, null));
    }

    private String coachToken() {
        return Http.bearer(coach, Role.COACH);
    }

    private static String path(Session session) {
        return "/api/sessions/" + session.id() + "/log-draft";
    }

    private Document stored(String id) {
        return mongo.getCollection("sessions").find(new Document("_id", id)).first();
    }
}
