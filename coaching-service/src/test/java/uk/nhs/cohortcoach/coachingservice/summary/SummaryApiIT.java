package uk.nhs.cohortcoach.coachingservice.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class SummaryApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String MANAGER = Http.bearer("m", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;

    private Http http;
    private String cohortId;
    private String collaborativeId;
    private String otherCollaborativeId;
    private String coach;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        cohortId = "cohort-" + UUID.randomUUID();
        collaborativeId = "collab-" + UUID.randomUUID();
        otherCollaborativeId = "collab-" + UUID.randomUUID();
        coach = "coach-" + UUID.randomUUID();
        mongo.insert(new CollaborativeView(collaborativeId, cohortId, "Mid and South Essex", List.of(coach), 10));
        mongo.insert(new CollaborativeView(otherCollaborativeId, cohortId, "South Yorkshire", List.of("coach-other"), 6));
        Instant past = Instant.now().minus(Duration.ofDays(3));
        session(collaborativeId, past, Duration.ofMinutes(90), List.of("a", "b", "c", "d"), SessionStatus.SCHEDULED,
                log(List.of("a", "b", "c"), Set.of(MaturityComponent.EMBEDDING_EQUITY, MaturityComponent.LEADERSHIP_BEHAVIOURS), true));
        session(collaborativeId, past.plus(Duration.ofDays(1)), Duration.ofMinutes(60), List.of("a", "b"), SessionStatus.SCHEDULED,
                log(List.of("a"), Set.of(MaturityComponent.EMBEDDING_EQUITY), false));
        session(collaborativeId, Instant.now().plus(Duration.ofDays(7)), Duration.ofHours(2), List.of("a"), SessionStatus.SCHEDULED, null);
        session(collaborativeId, Instant.now().plus(Duration.ofDays(8)), Duration.ofHours(2), List.of("a"), SessionStatus.CANCELLED, null);
        session(otherCollaborativeId, past, Duration.ofMinutes(30), List.of("x"), SessionStatus.SCHEDULED,
                log(List.of("x"), Set.of(), false));
        action(collaborativeId, ActionStatus.OPEN, TODAY.minusDays(1));
        action(collaborativeId, ActionStatus.OPEN, TODAY.plusDays(10));
        action(collaborativeId, ActionStatus.DONE, TODAY.minusDays(5));
    }

    @Test
    void summarisesACollaborativesCoaching() {
        JsonNode summary = summary("?collaborativeId=" + collaborativeId, MANAGER);

        assertThat(summary.get("sessionsPlanned").asInt()).isEqualTo(3);
        assertThat(summary.get("sessionsDelivered").asInt()).isEqualTo(2);
        assertThat(summary.get("sessionsCancelled").asInt()).isEqualTo(1);
        assertThat(summary.get("hoursDelivered").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(summary.get("hoursPlanned").asInt()).isEqualTo(10);
        assertThat(summary.get("attendanceRate").decimalValue()).isEqualByComparingTo("0.667");
        assertThat(summary.get("themesCovered").get("EMBEDDING_EQUITY").asInt()).isEqualTo(2);
        assertThat(summary.get("themesCovered").get("LEADERSHIP_BEHAVIOURS").asInt()).isEqualTo(1);
        assertThat(summary.get("themesCovered").get("PEOPLE_AND_CULTURE").asInt()).isZero();
        assertThat(summary.get("equityPausesHeld").asInt()).isEqualTo(1);
        assertThat(summary.get("openActions").asInt()).isEqualTo(2);
        assertThat(summary.get("overdueActions").asInt()).isEqualTo(1);

        assertThat(summary("?collaborativeId=" + collaborativeId, Http.bearer(coach, Role.COACH)).get("sessionsDelivered").asInt())
                .isEqualTo(2);
    }

    @Test
    void summarisesACohortAcrossItsCollaborativesForManagers() {
        JsonNode summary = summary("?cohortId=" + cohortId, MANAGER);

        assertThat(summary.get("sessionsDelivered").asInt()).isEqualTo(3);
        assertThat(summary.get("hoursDelivered").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(summary.get("hoursPlanned").asInt()).isEqualTo(16);
        assertThat(summary.get("attendanceRate").decimalValue()).isEqualByComparingTo("0.714");
    }

    @Test
    void isForManagersAndTheCollaborativesCoachesAndKnownCollaboratives() {
        assertThatProblem(http.send("GET", "/api/sessions/summary?collaborativeId=" + collaborativeId,
                Http.bearer("coach-other", Role.COACH), null)).hasStatus(403);
        assertThatProblem(http.send("GET", "/api/sessions/summary?collaborativeId=" + collaborativeId,
                Http.bearer("p", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.send("GET", "/api/sessions/summary?cohortId=" + cohortId, Http.bearer(coach, Role.COACH), null))
                .hasStatus(403);
        assertThatProblem(http.send("GET", "/api/sessions/summary?collaborativeId=nope", MANAGER, null)).hasStatus(404);
    }

    @Test
    void givesEveryCollaborativesFiguresAndWhatNeedsAttentionInOneAnswer() {
        // day 200 of a 365-day cohort: 200/365 of each plan is expected by now
        mongo.insert(new CohortView(cohortId, "Phase 2", TODAY.minusDays(199), TODAY.plusDays(165), "ACTIVE"));
        Instant twentyDaysAgo = Instant.now().minus(Duration.ofDays(20));
        session(collaborativeId, twentyDaysAgo, Duration.ofMinutes(60), List.of("a"), SessionStatus.SCHEDULED, null); // never logged: locked
        session(otherCollaborativeId, Instant.now().minus(Duration.ofDays(2)), Duration.ofMinutes(30), List.of("x"), SessionStatus.SCHEDULED,
                log(List.of("x"), Set.of(), false));
        session(otherCollaborativeId, Instant.now().minus(Duration.ofDays(1)), Duration.ofMinutes(30), List.of("x"), SessionStatus.SCHEDULED,
                log(List.of(), Set.of(), false));

        JsonNode figures = summary("/collaboratives?cohortId=" + cohortId, MANAGER);

        assertThat(figures.get("asOf").asText()).isEqualTo(TODAY.toString());
        JsonNode essex = figures.get("collaboratives").get(0);
        assertThat(essex.get("name").asText()).isEqualTo("Mid and South Essex");
        assertThat(essex.get("figures").get("sessionsPlanned").asInt()).isEqualTo(4);
        assertThat(essex.get("figures").get("sessionsDelivered").asInt()).isEqualTo(2);
        assertThat(essex.get("figures").get("hoursDelivered").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(essex.get("figures").get("attendanceRate").decimalValue()).isEqualByComparingTo("0.667");
        assertThat(essex.get("figures").get("equityPausesHeld").asInt()).isEqualTo(1);
        assertThat(essex.get("figures").get("overdueActions").asInt()).isEqualTo(1);
        assertThat(essex.get("hoursExpectedByNow").decimalValue()).isEqualByComparingTo("5.48"); // 10 × 200 / 365
        assertThat(essex.get("logsOverdue").asInt()).isEqualTo(1);
        assertThat(reasons(essex)).containsExactly("LOG_OVERDUE", "HOURS_BEHIND_PLAN", "ACTIONS_OVERDUE");
        assertThat(essex.get("attention").get(0).get("sessionId").asText()).isEqualTo(essex.get("overdueLogs").get(0).get("sessionId").asText());
        assertThat(essex.get("attention").get(1).get("words").asText())
                .isEqualTo("Coaching hours are behind plan: 2.5 hours delivered, 5.5 hours expected by now");
        JsonNode yorkshire = figures.get("collaboratives").get(1);
        assertThat(yorkshire.get("name").asText()).isEqualTo("South Yorkshire");
        assertThat(yorkshire.get("figures").get("sessionsDelivered").asInt()).isEqualTo(3);
        assertThat(yorkshire.get("figures").get("attendanceRate").decimalValue()).isEqualByComparingTo("0.667");
        assertThat(reasons(yorkshire)).containsExactly("NO_RECENT_EQUITY_PAUSE", "HOURS_BEHIND_PLAN");
        JsonNode cohort = figures.get("cohort");
        assertThat(cohort.get("figures").get("sessionsDelivered").asInt()).isEqualTo(5);
        assertThat(cohort.get("figures").get("hoursPlanned").asInt()).isEqualTo(16);
        assertThat(cohort.get("hoursExpectedByNow").decimalValue()).isEqualByComparingTo("8.77"); // 16 × 200 / 365
        assertThat(cohort.get("logsOverdue").asInt()).isEqualTo(1);
    }

    @Test
    void aCoachGetsOnlyTheCollaborativesTheyCoachAndNoCohortRow() {
        JsonNode figures = summary("/collaboratives?cohortId=" + cohortId, Http.bearer(coach, Role.COACH));

        assertThat(figures.get("collaboratives")).hasSize(1);
        assertThat(figures.get("collaboratives").get(0).get("collaborativeId").asText()).isEqualTo(collaborativeId);
        assertThat(figures.get("cohort").isNull()).isTrue();
        assertThat(summary("/collaboratives?cohortId=" + cohortId, Http.bearer("coach-nobody", Role.COACH)).get("collaboratives")).isEmpty();
    }

    @Test
    void theCohortsFiguresAreForManagersAndCoachesOfKnownCohorts() {
        String path = "/api/sessions/summary/collaboratives?cohortId=" + cohortId;
        assertThatProblem(http.send("GET", path, Http.bearer("p", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.send("GET", "/api/sessions/summary/collaboratives", Http.bearer("p", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.send("GET", path, null, null)).hasStatus(401);
        assertThatProblem(http.send("GET", "/api/sessions/summary/collaboratives?cohortId=nope", MANAGER, null)).hasStatus(404);
        assertThatProblem(http.send("GET", "/api/sessions/summary/collaboratives", MANAGER, null)).hasStatus(400).hasFieldErrorsOnly("cohortId");
    }

    private static List<String> reasons(JsonNode row) {
        List<String> reasons = new java.util.ArrayList<>();
        row.get("attention").forEach(item -> reasons.add(item.get("reason").asText()));
        return reasons;
    }

    private JsonNode summary(String query, String bearer) {
        HttpResponse<String> response = http.send("GET", "/api/sessions/summary" + query, bearer, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private void session(String collaborative, Instant startsAt, Duration length, List<String> invitees, SessionStatus status,
            SessionLog log) {
        outbox.insert(TestData.session(cohortId, collaborative, coach, startsAt, length, invitees, status, log));
    }

    private static SessionLog log(List<String> attendees, Set<MaturityComponent> themes, boolean pause) {
        Instant now = Instant.now();
        return new SessionLog(attendees, List.of(), "notes", themes, new EquityPause(pause, pause ? "Who is missing" : null), now, now);
    }

    private void action(String collaborative, ActionStatus status, LocalDate due) {
        outbox.insert(new Action(UUID.randomUUID().toString(), "s", cohortId, collaborative, "Do it", "a", null, null, due, status,
                status == ActionStatus.DONE ? TODAY : null, null));
    }
}
