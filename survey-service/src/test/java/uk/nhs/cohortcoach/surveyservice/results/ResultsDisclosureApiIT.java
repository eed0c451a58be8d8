package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.nhs.cohortcoach.surveyservice.response.CollaborativeResponses;
import uk.nhs.cohortcoach.surveyservice.response.Response;
import uk.nhs.cohortcoach.surveyservice.response.ResultCounts;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/** Issue 14: no hidden figure can be worked out from the results, the CSV, the wave's counts, the role breakdown or the comments. */
@PlatformIntegrationTest
class ResultsDisclosureApiIT {

    private static final String MANAGER = "Bearer " + TestTokens.forRoles("m", Role.PROGRAMME_MANAGER);
    private static final String PROTECTS = "hidden so that another hidden figure cannot be worked out";

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;

    private String cohortId;
    private String frameworkId;
    private String waveId;

    @BeforeEach
    void setUp() {
        cohortId = "cohort-" + UUID.randomUUID();
        frameworkId = "fw-" + UUID.randomUUID();
        mongo.insert(Fixtures.framework(frameworkId, 1, 2, 2));
        waveId = "wave-" + UUID.randomUUID();
        Instant opens = Instant.parse("2026-03-02T09:00:00Z");
        mongo.insert(new Wave(waveId, cohortId, "baseline", frameworkId, 1, opens, opens.plus(Duration.ofDays(21)), WaveStatus.CLOSED,
                opens.plus(Duration.ofDays(21)), "m", null, null));
    }

    @Test
    void theIssuesCohortOfFourFiveAndSixShowsNothingFromWhichTheFourCanBeWorkedOut() {
        String four = collaborative("A four", 4, 6, Map.of());
        String five = collaborative("B five", 5, 7, Map.of()); // 5 of 5 invited would tell its count: see the next test
        String six = collaborative("C six", 6, 8, Map.of());

        JsonNode results = Http.json(get("/api/waves/" + waveId + "/results", MANAGER));
        JsonNode groups = results.get("collaboratives");
        assertThat(groups.get(0).get("collaborativeId").asString()).isEqualTo(four);
        assertThat(groups.get(0).get("figures").get("note").asString()).isEqualTo("fewer than 5");
        assertThat(groups.get(0).get("responseRate").get("note").asString()).isEqualTo("fewer than 5");
        assertThat(groups.get(1).get("collaborativeId").asString()).isEqualTo(five);
        assertThat(groups.get(1).get("figures").get("suppressed").asBoolean()).isTrue();
        assertThat(groups.get(1).get("figures").get("note").asString()).isEqualTo(PROTECTS);
        assertThat(groups.get(1).get("responseRate").get("submitted").isNull()).isTrue();
        assertThat(groups.get(1).get("responseRate").get("note").asString()).isEqualTo(PROTECTS);
        assertThat(groups.get(2).get("collaborativeId").asString()).isEqualTo(six);
        assertThat(groups.get(2).get("figures").get("responses").asLong()).isEqualTo(6);
        assertThat(results.get("cohort").get("figures").get("responses").asLong()).isEqualTo(15);
        // the only subtraction left, 15 − 6 = 9, is the four and the five together
        assertThat(results.toString()).doesNotContain("\"responses\":4", "\"submitted\":4", "\"responses\":5", "\"submitted\":5");

        String csv = send("/api/waves/" + waveId + "/results.csv", MANAGER, "text/csv").body();
        assertThat(csv.lines()).contains("A four,,,,,fewer than 5", "B five,,,,," + PROTECTS);
        assertThat(csv.lines().filter(l -> l.startsWith("A four") || l.startsWith("B five"))).hasSize(2);

        JsonNode wave = Http.json(get("/api/waves/" + waveId, MANAGER));
        assertThat(wave.get("counts").get("invited").asLong()).isEqualTo(21);
        assertThat(wave.get("counts").get("submitted").asLong()).as("the same total as the results: nothing new").isEqualTo(15);
    }

    @Test
    void aGroupHiddenToProtectAnotherWhoseInviteesAllAnsweredIsKnownToBeFiveSoMoreIsHidden() {
        collaborative("A four", 4, 6, Map.of());
        collaborative("B five", 5, 5, Map.of());
        collaborative("C six", 6, 8, Map.of());

        JsonNode groups = Http.json(get("/api/waves/" + waveId + "/results", MANAGER)).get("collaboratives");

        // B hidden, yet "at least 5 of 5 invited" is 5, and 15 − 6 − 5 would be A's 4: C is hidden too
        assertThat(groups.get(1).get("figures").get("note").asString()).isEqualTo(PROTECTS);
        assertThat(groups.get(2).get("figures").get("note").asString()).isEqualTo(PROTECTS);
    }

    @Test
    void theWavesCountsHideTheSubmittedTotalWhenTheResultsHideTheCohort() {
        collaborative("A four", 4, 4, Map.of());
        collaborative("B four", 4, 6, Map.of());

        JsonNode results = Http.json(get("/api/waves/" + waveId + "/results", MANAGER));
        assertThat(results.get("cohort").get("figures").get("suppressed").asBoolean()).isTrue();
        assertThat(results.get("cohort").get("figures").get("reason").asString()).isEqualTo("EVERY_GROUP_HIDDEN");
        assertThat(results.get("cohort").get("responseRate").get("submitted").isNull()).isTrue();

        JsonNode wave = Http.json(get("/api/waves/" + waveId, MANAGER));
        assertThat(wave.get("counts").get("invited").asLong()).isEqualTo(10);
        assertThat(wave.get("counts").get("submitted").isNull()).as("8 would make both groups 4").isTrue();
        assertThat(wave.get("counts").get("suppressed").asBoolean()).isTrue();
        assertThat(wave.get("counts").get("note").asString()).isEqualTo("hidden because every group it adds up is hidden");
        JsonNode list = Http.json(get("/api/waves?cohortId=" + cohortId, MANAGER));
        assertThat(list.get("items").get(0).get("counts").get("submitted").isNull()).isTrue();
    }

    @Test
    void resultsByLeadershipRoleAreShownUnderTheSameRulesAsTheCollaboratives() {
        collaborative("A", 6, 6, Map.of("CHAIR", 2, "IMPROVEMENT_LEAD", 4));
        collaborative("B", 7, 9, Map.of("CHAIR", 1, "IMPROVEMENT_LEAD", 6));

        JsonNode roles = Http.json(get("/api/waves/" + waveId + "/results", MANAGER)).get("roles");

        assertThat(roles).hasSize(2);
        assertThat(roles.get(0).get("roleCategory").asString()).isEqualTo("CHAIR");
        assertThat(roles.get(0).get("figures").get("note").asString()).isEqualTo("fewer than 5");
        assertThat(roles.get(1).get("roleCategory").asString()).isEqualTo("IMPROVEMENT_LEAD");
        assertThat(roles.get(1).get("figures").get("note").asString()).as("13 − 10 would be the chairs").isEqualTo(PROTECTS);
        String csv = send("/api/waves/" + waveId + "/results.csv", MANAGER, "text/csv").body();
        assertThat(csv.lines()).contains("Role: CHAIR,,,,,fewer than 5", "Role: IMPROVEMENT_LEAD,,,,," + PROTECTS);
    }

    @Test
    void rolesWithFiveOrMoreEachShowTheirFiguresAndOnlyToThoseWhoSeeTheWholeCohort() {
        String a = collaborative("A", 6, 6, Map.of("CHAIR", 3, "OTHER", 3));
        collaborative("B", 7, 9, Map.of("CHAIR", 3, "OTHER", 4));
        mongo.save(new CollaborativeView(a, cohortId, "A", List.of("coach-a")));

        JsonNode roles = Http.json(get("/api/waves/" + waveId + "/results", MANAGER)).get("roles");

        assertThat(roles).hasSize(2);
        assertThat(roles.get(0).get("figures").get("responses").asLong()).isEqualTo(6);
        assertThat(roles.get(1).get("roleCategory").asString()).isEqualTo("OTHER");
        assertThat(roles.get(1).get("figures").get("responses").asLong()).isEqualTo(7);
        assertThat(roles.get(1).get("figures").get("components").get(0).get("statements").get(0).get("answers").asLong()).isEqualTo(7);
        JsonNode coach = Http.json(get("/api/waves/" + waveId + "/results", "Bearer " + TestTokens.forRoles("coach-a", Role.COACH)));
        assertThat(coach.get("roles")).isEmpty();
    }

    @Test
    void commentsAreShownOnlyForShownGroupsInRandomOrderWithoutRoleOrTime() {
        String shown = collaborative("A shown", 8, 8, Map.of("CHAIR", 8));
        String small = collaborative("B small", 3, 5, Map.of("CHAIR", 3));
        String protecting = collaborative("C protecting", 5, 7, Map.of("CHAIR", 5));

        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            JsonNode comments = Http.json(get("/api/waves/" + waveId + "/comments", MANAGER)).get("collaboratives");
            JsonNode a = comments.get(0);
            assertThat(a.get("collaborativeId").asString()).isEqualTo(shown);
            assertThat(a.get("comments").findValuesAsString("text"))
                    .containsExactlyInAnyOrder("A shown says 0", "A shown says 1", "A shown says 2", "A shown says 3",
                            "A shown says 4", "A shown says 5", "A shown says 6", "A shown says 7");
            a.get("comments").forEach(c -> assertThat(c.propertyNames()).containsExactlyInAnyOrder("component", "text"));
            orders.add(a.get("comments").findValuesAsString("text").toString());
            assertThat(comments.get(1).get("collaborativeId").asString()).isEqualTo(small);
            assertThat(comments.get(1).get("comments")).isEmpty();
            assertThat(comments.get(1).get("note").asString()).isEqualTo("fewer than 5");
            assertThat(comments.get(2).get("collaborativeId").asString()).isEqualTo(protecting);
            assertThat(comments.get(2).get("comments")).isEmpty();
            assertThat(comments.get(2).get("note").asString()).isEqualTo(PROTECTS);
        }
        assertThat(orders).as("a new order each time").hasSizeGreaterThan(1);

        String csv = send("/api/waves/" + waveId + "/comments.csv", MANAGER, "text/csv").body();
        assertThat(csv.lines().findFirst()).hasValue("group,component,comment");
        assertThat(csv.lines().filter(l -> l.startsWith("A shown,SHARED_PURPOSE_AND_VISION,A shown says"))).hasSize(8);
        assertThat(csv).doesNotContain("B small says", "C protecting says", "CHAIR");
        assertThat(csv.lines()).contains("B small,,fewer than 5");

        assertThatProblem(send("/api/waves/" + waveId + "/comments", "Bearer " + TestTokens.forRoles("c", Role.COACH), null)).hasStatus(403);
        assertThatProblem(send("/api/waves/" + waveId + "/comments.csv", "Bearer " + TestTokens.forRoles("p", Role.PARTICIPANT), null))
                .hasStatus(403);
    }

    /** A collaborative with {@code responses} responses (each with a comment, roles as given), counted as submissions count them. */
    private String collaborative(String name, int responses, int invited, Map<String, Integer> roles) {
        String id = "collab-" + UUID.randomUUID();
        mongo.insert(new CollaborativeView(id, cohortId, name, List.of("coach-all")));
        List<String> roleOf = new ArrayList<>();
        roles.forEach((role, n) -> {
            for (int i = 0; i < n; i++) {
                roleOf.add(role);
            }
        });
        Fixtures.Tally tally = new Fixtures.Tally();
        List<Response> stored = new ArrayList<>();
        for (int i = 0; i < responses; i++) {
            Map<String, String> answers = Map.of("c0-s0", i % 2 == 0 ? "UNDERWAY" : "JUST_STARTED", "c1-s0", "FULLY_EMBEDDED");
            tally.add(answers);
            if (!roleOf.isEmpty()) {
                stored.add(new Response(UUID.randomUUID().toString(), roleOf.get(i), answers,
                        Map.of("SHARED_PURPOSE_AND_VISION", name + " says " + i)));
            }
        }
        if (!stored.isEmpty()) {
            mongo.insert(new CollaborativeResponses(CollaborativeResponses.idOf(waveId, id), waveId, id, stored, stored.size()));
        }
        mongo.insert(new ResultCounts(ResultCounts.idOf(waveId, id), waveId, id, tally.responses, tally.stages));
        List<Invitation> list = new ArrayList<>();
        for (int i = 0; i < invited; i++) {
            list.add(new Invitation(UUID.randomUUID().toString(), waveId, "person-" + UUID.randomUUID(), id, "OTHER",
                    UUID.randomUUID().toString(), i < responses ? InvitationStatus.SUBMITTED : InvitationStatus.ISSUED, null, null,
                    null, false, Instant.now(), null));
        }
        mongo.insertAll(list);
        return id;
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpResponse<String> response = send(path, authorization, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> send(String path, String authorization, String accept) {
        return new Http(port).request("GET", path).authorization(authorization)
                .header("Accept", accept == null ? "application/json, application/problem+json" : accept + ", application/problem+json")
                .send();
    }
}
