package uk.nhs.cohortcoach.coachingservice.sessionlog;

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
 * A locked log, through the API: the coach is refused (409 saying a programme manager can reopen it); a programme
 * manager reopens it with a reason for seven days; the coach writes and corrects it again; and the audit trail,
 * readable by managers and the session's coach, says who did what when and which fields changed.
 */
@PlatformIntegrationTest
class LogReopenIT {

    private static final String MANAGER_ID = "manager-" + UUID.randomUUID();
    private static final String MANAGER = Http.bearer(MANAGER_ID, Role.PROGRAMME_MANAGER);

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
    void aManagerReopensALockedLogTheCoachWritesAndCorrectsItAndTheTrailSaysWhoWhenAndWhat() {
        Session session = session(Instant.now().minus(Duration.ofDays(20)));
        String log = "{\"attendeeIds\":[\"" + member + "\"],\"notes\":\"Late log.\",\"themes\":[\"EMBEDDING_EQUITY\"],"
                + "\"equityPause\":{\"held\":false}}";

        assertThatProblem(http.put(logPath(session), coachToken(), log)).hasStatus(409).hasReason("log-locked")
                .hasDetailContaining("A programme manager can reopen it");

        Instant beforeReopen = Instant.now();
        HttpResponse<String> reopened = http.post(logPath(session) + "/reopen", MANAGER,
                "{\"reason\":\"The coach was on leave when it locked\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        JsonNode state = Http.json(reopened);
        assertThat(state.get("locked").asBoolean()).isFalse();
        assertThat(state.get("logged").asBoolean()).isFalse();
        Instant until = Instant.parse(state.get("editableUntil").asString());
        assertThat(until).isBetween(beforeReopen.plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));

        HttpResponse<String> written = http.put(logPath(session), coachToken(), log);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(Instant.parse(Http.json(written).get("editableUntil").asString())).isEqualTo(until);
        HttpResponse<String> corrected = http.put(logPath(session), coachToken(), log.replace("Late log.", "Late log, corrected."));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        for (String reader : List.of(MANAGER, coachToken())) {
            HttpResponse<String> history = http.get(logPath(session) + "/history", reader);
            assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
            JsonNode entries = Http.json(history).get("entries");
            assertThat(entries.size()).isEqualTo(3);
            assertThat(entries.get(0).get("kind").asString()).isEqualTo("REOPENED");
            assertThat(entries.get(0).get("byPersonId").asString()).isEqualTo(MANAGER_ID);
            assertThat(entries.get(0).get("byRole").asString()).isEqualTo("PROGRAMME_MANAGER");
            assertThat(entries.get(0).get("reason").asString()).isEqualTo("The coach was on leave when it locked");
            assertThat(Instant.parse(entries.get(0).get("openUntil").asString())).isEqualTo(until);
            assertThat(entries.get(1).get("kind").asString()).isEqualTo("WRITTEN");
            assertThat(entries.get(1).get("byPersonId").asString()).isEqualTo(coach);
            assertThat(entries.get(1).get("byRole").asString()).isEqualTo("COACH");
            assertThat(entries.get(1).get("fields").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("attendeeIds", "notes", "themes", "equityPause");
            assertThat(entries.get(2).get("kind").asString()).isEqualTo("CORRECTED");
            assertThat(entries.get(2).get("fields").valueStream().map(JsonNode::asString).toList()).containsExactly("notes");
            assertThat(history.body()).as("names of fields, never the notes").doesNotContain("Late log");
            assertThat(Instant.parse(entries.get(2).get("at").asString()))
                    .isAfterOrEqualTo(Instant.parse(entries.get(1).get("at").asString()));
        }
    }

    @Test
    void onlyAProgrammeManagerReopensOnlyALockedLogAndOnlyManagersAndTheSessionsCoachReadTheTrail() {
        Session open = session(Instant.now().minus(Duration.ofDays(2)));
        Session locked = session(Instant.now().minus(Duration.ofDays(20)));
        Session cancelled = outbox.insert(TestData.session("cohort-1", collaborativeId, coach, Instant.now().minus(Duration.ofDays(20)),
                Duration.ofMinutes(90), List.of(member), SessionStatus.CANCELLED, null));
        Document lockedBefore = stored(locked.id());
        Document openBefore = stored(open.id());

        assertThatProblem(http.post(logPath(locked) + "/reopen", coachToken(), "{\"reason\":\"Please\"}")).hasStatus(403);
        assertThatProblem(http.post(logPath(locked) + "/reopen", MANAGER, "{\"reason\":\"  \"}")).hasStatus(400)
                .hasFieldError("reason");
        assertThatProblem(http.post(logPath(locked) + "/reopen", MANAGER, "{}")).hasStatus(400).hasFieldError("reason");
        assertThatProblem(http.post(logPath(open) + "/reopen", MANAGER, "{\"reason\":\"Why not\"}")).hasStatus(409)
                .hasReason("log-not-locked").hasDetailContaining("can still write or correct it");
        assertThatProblem(http.post(logPath(cancelled) + "/reopen", MANAGER, "{\"reason\":\"Why not\"}")).hasStatus(409)
                .hasReason("session-cancelled");
        assertThatProblem(http.get(logPath(locked) + "/history", Http.bearer(otherCoach, Role.COACH))).hasStatus(403);
        assertThatProblem(http.get(logPath(locked) + "/history", Http.bearer(member, Role.PARTICIPANT))).hasStatus(403);
        assertThat(Http.json(http.get(logPath(locked) + "/history", MANAGER)).get("entries").size()).isZero();

        assertThat(stored(locked.id())).isEqualTo(lockedBefore);
        assertThat(stored(open.id())).isEqualTo(openBefore);
    }

    private Session session(Instant start) {
        return outbox.insert(TestData.session("cohort-1", collaborativeId, coach, start, Duration.ofMinutes(90), List.of(member),
                SessionStatus.SCHEDULED, null));
    }

    private String coachToken() {
        return Http.bearer(coach, Role.COACH);
    }

    private static String logPath(Session session) {
        return "/api/sessions/" + session.id() + "/log";
    }

    private Document stored(String id) {
        return mongo.getCollection("sessions").find(new Document("_id", id)).first();
    }
}
