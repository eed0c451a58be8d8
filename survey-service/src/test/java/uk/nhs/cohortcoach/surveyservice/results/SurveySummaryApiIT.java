package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.surveyservice.response.ResultCounts;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * {@code GET /api/waves/summary?cohortId=}: a cohort's latest wave per collaborative in one answer, computed from stored
 * waves, invitations and response counts, every figure the same as the wave's own results (hidden the same way).
 */
@PlatformIntegrationTest
class SurveySummaryApiIT {

    private static final String MANAGER = "Bearer " + TestTokens.forRoles("m", Role.PROGRAMME_MANAGER);
    private static final String COACH = "Bearer " + TestTokens.forRoles("coach-a", Role.COACH);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;

    private String cohortId;
    private String frameworkId;
    private String baseline;
    private String midpoint;

    @BeforeEach
    void setUp() {
        cohortId = "cohort-" + UUID.randomUUID();
        frameworkId = "fw-" + UUID.randomUUID();
        mongo.insert(Fixtures.framework(frameworkId, 1, 2, 1));
        baseline = "wave-" + UUID.randomUUID();
        midpoint = "wave-" + UUID.randomUUID();
        Instant opened = Instant.now().minus(Duration.ofDays(100));
        mongo.insert(new Wave(baseline, cohortId, "baseline", frameworkId, 1, opened, opened.plus(Duration.ofDays(21)), WaveStatus.CLOSED,
                opened.plus(Duration.ofDays(21)), "schedule", null, null));
        // open, closing two days from now (at noon London two days on: two whole days away whatever the hour now)
        Instant closes = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(2).atTime(12, 0)
                .atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        mongo.insert(new Wave(midpoint, cohortId, "midpoint", frameworkId, 1, Instant.now().minus(Duration.ofDays(10)), closes,
                WaveStatus.OPEN, null, null, null, null));
    }

    @Test
    void givesEachCollaborativesRateMediansTrendAndFlagsExactlyAsTheResultsShowThem() {
        String a = collaborative("A nine of twenty", "coach-a", Map.of(baseline, List.of(6, 10, "JUST_STARTED"), midpoint, List.of(9, 20, "UNDERWAY")));
        String b = collaborative("B three of four", "coach-b", Map.of(baseline, List.of(5, 5, "UNDERWAY"), midpoint, List.of(3, 4, "UNDERWAY")));
        String c = collaborative("C seven of eight", "coach-b", Map.of(baseline, List.of(7, 8, "FULLY_EMBEDDED"), midpoint, List.of(7, 8, "UNDERWAY")));
        String d = collaborative("D eight of ten", "coach-b", Map.of(baseline, List.of(8, 10, "UNDERWAY"), midpoint, List.of(8, 10, "UNDERWAY")));

        JsonNode summary = get("/api/waves/summary?cohortId=" + cohortId, MANAGER);
        JsonNode results = get("/api/waves/" + midpoint + "/results", MANAGER);

        assertThat(summary.get("wave").get("waveId").asString()).isEqualTo(midpoint);
        assertThat(summary.get("wave").get("status").asString()).isEqualTo("OPEN");
        assertThat(summary.get("wave").get("daysToClose").asLong()).isEqualTo(2);
        assertThat(summary.get("wave").get("previousWaveId").asString()).isEqualTo(baseline);
        JsonNode rows = summary.get("collaboratives");
        assertThat(rows).hasSize(4);
        for (int i = 0; i < 4; i++) {
            JsonNode shown = results.get("collaboratives").get(i);
            assertThat(rows.get(i).get("collaborativeId").asString()).isEqualTo(shown.get("collaborativeId").asString());
            assertThat(rows.get(i).get("responseRate")).as("the rate the results show").isEqualTo(shown.get("responseRate"));
            assertThat(rows.get(i).get("suppressed").asBoolean()).isEqualTo(shown.get("figures").get("suppressed").asBoolean());
        }
        assertThat(summary.get("cohort").get("responseRate")).isEqualTo(results.get("cohort").get("responseRate"));

        JsonNode rowA = row(rows, a);
        assertThat(rowA.get("suppressed").asBoolean()).isFalse();
        assertThat(rowA.get("responseRate").get("ratePercent").decimalValue()).isEqualByComparingTo("45.0");
        JsonNode first = rowA.get("components").get(0);
        assertThat(first.get("medianStage").asString()).isEqualTo("UNDERWAY");
        assertThat(first.get("previousMedianStage").asString()).isEqualTo("JUST_STARTED");
        assertThat(first.get("trend").asString()).isEqualTo("UP");
        assertThat(rowA.get("attention").get(0).get("reason").asString()).isEqualTo("RESPONSE_RATE_LOW");
        assertThat(rowA.get("attention").get(0).get("words").asString()).isEqualTo("The response rate is 45% and the survey closes in 2 days");

        JsonNode rowB = row(rows, b);
        assertThat(rowB.get("suppressed").asBoolean()).isTrue();
        assertThat(rowB.get("responseRate").get("submitted").isNull()).isTrue();
        assertThat(rowB.get("components").get(0).get("medianStage").isNull()).isTrue();
        assertThat(rowB.get("components").get(0).get("trend").isNull()).isTrue();
        assertThat(rowB.get("attention").get(0).get("reason").asString()).isEqualTo("TOO_FEW_RESPONSES");

        JsonNode rowC = row(rows, c);
        // the smallest group shown otherwise, hidden so that B cannot be worked out (27 − 9 − 8 = 10, split several ways)
        assertThat(rowC.get("suppressed").asBoolean()).isTrue();
        assertThat(rowC.get("reason").asString()).isEqualTo("PROTECTS_ANOTHER");
        assertThat(rowC.get("components").get(0).get("medianStage").isNull()).isTrue();
        assertThat(rowC.get("components").get(0).get("trend").isNull()).isTrue();
        assertThat(rowC.get("attention")).as("a rate hidden to protect another flags nothing").isEmpty();
        assertThat(row(rows, d).get("attention")).isEmpty(); // 80%: no flag
        // nothing in the summary says more than the results: no count of B or of anything hidden
        assertThat(summary.toString()).doesNotContain("\"submitted\":3", "\"submitted\":7");
    }

    @Test
    void aCoachSeesOnlyTheCollaborativesTheyCoachAndNoCohortUnlessTheyCoachThemAll() {
        String a = collaborative("A", "coach-a", Map.of(midpoint, List.of(6, 8, "UNDERWAY")));
        collaborative("B", "coach-b", Map.of(midpoint, List.of(6, 8, "UNDERWAY")));

        JsonNode summary = get("/api/waves/summary?cohortId=" + cohortId, COACH);

        assertThat(summary.get("collaboratives")).hasSize(1);
        assertThat(summary.get("collaboratives").get(0).get("collaborativeId").asString()).isEqualTo(a);
        assertThat(summary.get("cohort").isNull()).isTrue();
        assertThat(get("/api/waves/summary?cohortId=" + cohortId, "Bearer " + TestTokens.forRoles("coach-none", Role.COACH))
                .get("collaboratives")).isEmpty();
    }

    @Test
    void isForManagersAndCoachesOfAKnownCohort() {
        collaborative("A", "coach-a", Map.of());
        assertThatProblem(send("/api/waves/summary?cohortId=" + cohortId, "Bearer " + TestTokens.forRoles("p", Role.PARTICIPANT)))
                .hasStatus(403);
        assertThatProblem(send("/api/waves/summary", "Bearer " + TestTokens.forRoles("p", Role.PARTICIPANT))).hasStatus(403);
        assertThatProblem(send("/api/waves/summary?cohortId=" + cohortId, null)).hasStatus(401);
        assertThatProblem(send("/api/waves/summary", MANAGER)).hasStatus(400).hasFieldErrorsOnly("cohortId");
        assertThatProblem(send("/api/waves/summary?cohortId=nope", MANAGER)).hasStatus(404);
    }

    @Test
    void aCohortWithoutAnOpenedWaveHasNoWaveAndNoRows() {
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("cohortId").is(cohortId)), Wave.class);
        collaborative("A", "coach-a", Map.of());

        JsonNode summary = get("/api/waves/summary?cohortId=" + cohortId, MANAGER);

        assertThat(summary.get("wave").isNull()).isTrue();
        assertThat(summary.get("collaboratives")).isEmpty();
    }

    private static JsonNode row(JsonNode rows, String id) {
        for (JsonNode row : rows) {
            if (row.get("collaborativeId").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    /** @param waves wave id → [responses, invited, the stage every respondent chose for every statement] */
    private String collaborative(String name, String coach, Map<String, List<Object>> waves) {
        String id = "collab-" + UUID.randomUUID();
        mongo.insert(new CollaborativeView(id, cohortId, name, List.of(coach)));
        waves.forEach((wave, spec) -> {
            int responses = (Integer) spec.get(0);
            int invited = (Integer) spec.get(1);
            Fixtures.Tally tally = new Fixtures.Tally();
            for (int i = 0; i < responses; i++) {
                tally.add(Map.of("c0-s0", (String) spec.get(2), "c1-s0", (String) spec.get(2)));
            }
            mongo.insert(new ResultCounts(ResultCounts.idOf(wave, id), wave, id, tally.responses, tally.stages));
            List<Invitation> list = new ArrayList<>();
            for (int i = 0; i < invited; i++) {
                list.add(new Invitation(UUID.randomUUID().toString(), wave, "person-" + UUID.randomUUID(), id, "OTHER",
                        UUID.randomUUID().toString(), i < responses ? InvitationStatus.SUBMITTED : InvitationStatus.ISSUED, null, null,
                        null, false, Instant.now(), null));
            }
            mongo.insertAll(list);
        });
        return id;
    }

    private JsonNode get(String path, String authorization) {
        HttpResponse<String> response = send(path, authorization);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private HttpResponse<String> send(String path, String authorization) {
        return new Http(port).request("GET", path).authorization(authorization)
                .header("Accept", "application/json, application/problem+json").send();
    }
}
