package uk.nhs.cohortcoach.coachingservice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** A cohort's insights from stored sessions: the period in London days, only the cohort's logged sessions, managers only. */
@PlatformIntegrationTest
class InsightsApiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String MANAGER = Http.bearer("m", Role.PROGRAMME_MANAGER);
    private static final LocalDate FIRST = LocalDate.parse("2026-10-01");

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;

    private Http http;
    private String cohortId;
    private String otherCohortId;
    private String essex;
    private String yorkshire;
    private String elsewhere;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        cohortId = "cohort-" + UUID.randomUUID();
        otherCohortId = "cohort-" + UUID.randomUUID();
        essex = "collab-" + UUID.randomUUID();
        yorkshire = "collab-" + UUID.randomUUID();
        elsewhere = "collab-" + UUID.randomUUID();
        mongo.insert(new CohortView(cohortId, "Phase 2", FIRST.minusMonths(6), FIRST.plusMonths(6), "ACTIVE"));
        mongo.insert(new CohortView(otherCohortId, "Phase 3", FIRST.minusMonths(6), FIRST.plusMonths(6), "ACTIVE"));
        mongo.insert(new CollaborativeView(essex, cohortId, "Mid and South Essex", List.of("coach"), 10));
        mongo.insert(new CollaborativeView(yorkshire, cohortId, "South Yorkshire", List.of("coach"), 10));
        mongo.insert(new CollaborativeView(elsewhere, otherCohortId, "Elsewhere", List.of("coach"), 10));
        // 1 October, London: 00:30 BST is 23:30 UTC on 30 September
        session(cohortId, essex, at(FIRST, 0, 30), Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(true, "Carers could not attend"));
        session(cohortId, yorkshire, at(FIRST.plusDays(10), 10, 0),
                Set.of(MaturityComponent.EMBEDDING_EQUITY, MaturityComponent.PEOPLE_AND_CULTURE), new EquityPause(false, null));
        session(cohortId, essex, at(FIRST.plusDays(30), 23, 30), Set.of(MaturityComponent.LEADERSHIP_BEHAVIOURS),
                new EquityPause(true, "Interpreters were not booked"));
        session(cohortId, essex, at(FIRST.minusDays(1), 23, 30), Set.of(MaturityComponent.PEOPLE_AND_CULTURE),
                new EquityPause(true, "Before the period"));
        outbox.insert(TestData.session(cohortId, essex, "coach", at(FIRST.plusDays(2), 10, 0), Duration.ofHours(1), List.of(),
                SessionStatus.SCHEDULED, null));
        outbox.insert(TestData.session(cohortId, essex, "coach", at(FIRST.plusDays(3), 10, 0), Duration.ofHours(1), List.of(),
                SessionStatus.NOT_HELD, log(Set.of(MaturityComponent.LEADERSHIP_BEHAVIOURS), new EquityPause(true, "Not held"))));
        session(otherCohortId, elsewhere, at(FIRST.plusDays(5), 10, 0), Set.of(MaturityComponent.EMBEDDING_EQUITY),
                new EquityPause(true, "Another cohort's words"));
    }

    @Test
    void countsTheCohortsLoggedSessionsOfThePeriodInLondonDays() {
        JsonNode insights = insights(cohortId, "?from=2026-10-01&to=2026-10-31");

        assertThat(insights.get("sessionsLogged").asInt()).isEqualTo(3);
        assertThat(insights.get("collaboratives").asInt()).isEqualTo(2);
        assertThat(component(insights, "EMBEDDING_EQUITY")).isEqualTo(2);
        assertThat(component(insights, "PEOPLE_AND_CULTURE")).isEqualTo(1);
        assertThat(component(insights, "LEADERSHIP_BEHAVIOURS")).isEqualTo(1);
        assertThat(component(insights, "SHARED_PURPOSE_AND_VISION")).isZero();
        assertThat(insights.get("equityPauses").get("held").asInt()).isEqualTo(2);
        assertThat(insights.get("equityPauses").get("notHeld").asInt()).isEqualTo(1);
        assertThat(texts(insights)).containsExactly("Carers could not attend", "Interpreters were not booked");
    }

    @Test
    void anotherCohortsLogsAreNeverCounted() {
        JsonNode all = insights(cohortId, "");

        assertThat(all.get("sessionsLogged").asInt()).isEqualTo(4);
        assertThat(texts(all)).doesNotContain("Another cohort's words", "Not held").contains("Before the period");
        JsonNode other = insights(otherCohortId, "?from=2026-10-01&to=2026-10-31");
        assertThat(other.get("sessionsLogged").asInt()).isEqualTo(1);
        assertThat(other.get("collaboratives").asInt()).isEqualTo(1);
        assertThat(texts(other)).containsExactly("Another cohort's words");
    }

    @Test
    void anOpenEndedPeriodCountsFromOrUntilTheOtherEnd() {
        assertThat(insights(cohortId, "?from=2026-10-02").get("sessionsLogged").asInt()).isEqualTo(2);
        assertThat(insights(cohortId, "?to=2026-09-30").get("sessionsLogged").asInt()).isEqualTo(1);
        assertThat(insights(cohortId, "?from=2026-10-31&to=2026-10-31").get("sessionsLogged").asInt()).isEqualTo(1);
    }

    @Test
    void isForProgrammeManagersOfKnownCohortsWithAPeriodThatEndsAfterItStarts() {
        String path = "/api/sessions/cohorts/" + cohortId + "/insights";
        assertThatProblem(http.send("GET", path, Http.bearer("coach", Role.COACH), null)).hasStatus(403);
        assertThatProblem(http.send("GET", path + "?from=nonsense", Http.bearer("p", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.send("GET", path, null, null)).hasStatus(401);
        assertThatProblem(http.send("GET", "/api/sessions/cohorts/nope/insights", MANAGER, null)).hasStatus(404);
        assertThatProblem(http.send("GET", path + "?from=2026-10-31&to=2026-10-01", MANAGER, null)).hasStatus(400).hasFieldErrorsOnly("to");
    }

    private JsonNode insights(String cohort, String query) {
        HttpResponse<String> response = http.send("GET", "/api/sessions/cohorts/" + cohort + "/insights" + query, MANAGER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static int component(JsonNode insights, String name) {
        for (JsonNode row : insights.get("byComponent")) {
            if (row.get("component").asText().equals(name)) {
                return row.get("sessions").asInt();
            }
        }
        throw new AssertionError(name + " not listed");
    }

    private static List<String> texts(JsonNode insights) {
        List<String> texts = new ArrayList<>();
        insights.get("surfaced").forEach(text -> texts.add(text.asText()));
        return texts;
    }

    private void session(String cohort, String collaborative, Instant startsAt, Set<MaturityComponent> themes, EquityPause pause) {
        outbox.insert(TestData.session(cohort, collaborative, "coach", startsAt, Duration.ofHours(1), List.of(), SessionStatus.SCHEDULED,
                log(themes, pause)));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(LONDON).toInstant();
    }

    private static SessionLog log(Set<MaturityComponent> themes, EquityPause pause) {
        Instant now = Instant.now();
        return new SessionLog(List.of(), List.of(), "notes", themes, pause, now, now);
    }
}
