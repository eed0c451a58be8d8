package uk.nhs.cohortcoach.bench.survey;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.BenchHttp;

/**
 * What both survey scenarios set up through the platform's APIs as the demo programme manager: a cohort, its
 * collaboratives, their teams (CSV import) and an open wave on the seeded framework.
 */
final class SurveySetUp {

    static final String FRAMEWORK = "improving-equitably";
    static final String[] ROLES = {"improvement lead", "executive director", "other", "chair", "public health lead"};

    private final BenchContext context;
    private final String manager;

    SurveySetUp(BenchContext context) {
        this.context = context;
        this.manager = context.token("manager");
    }

    /** An active cohort with {@code collaboratives} collaboratives; answers their ids, the cohort's first. */
    List<String> cohort(String name, int collaboratives) {
        LocalDate today = LocalDate.now();
        String cohortId = id(post("/api/cohorts", BenchContext.JSON.createObjectNode().put("name", name).put("phase", 1)
                .put("startDate", today.minusDays(1).toString()).put("endDate", today.plusMonths(6).toString())
                .put("status", "ACTIVE").toString()));
        List<String> ids = new ArrayList<>(List.of(cohortId));
        for (int c = 0; c < collaboratives; c++) {
            ids.add(id(post("/api/cohorts/" + cohortId + "/collaboratives", BenchContext.JSON.createObjectNode()
                    .put("name", name + " collaborative " + (c + 1)).put("sector", "ACUTE").toString())));
        }
        return ids;
    }

    /** Imports a team of {@code people} (emails {@code <prefix>.<n>@example.nhs.uk}, roles in turn) into the collaborative. */
    void team(String collaborativeId, String prefix, int from, int people) {
        StringBuilder csv = new StringBuilder("name,email,job_title,organisation_ods_code,leadership_role\n");
        for (int n = from; n < from + people; n++) {
            csv.append("Respondent ").append(n).append(',').append(prefix).append('.').append(n).append("@example.nhs.uk,,,")
                    .append(ROLES[n % ROLES.length]).append('\n');
        }
        BenchHttp.Result result = context.http().send(BenchHttp.request(context.stack().gateway(),
                "/api/collaboratives/" + teamImportPath(collaborativeId), manager).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build());
        require(result, "importing a team of " + people);
    }

    private static String teamImportPath(String collaborativeId) {
        return collaborativeId + "/participants/import";
    }

    /** Opens a wave for the cohort now, closing in two weeks; answers its id. */
    String openWave(String cohortId, String label) {
        Instant now = Instant.now();
        return id(post("/api/waves", BenchContext.JSON.createObjectNode().put("cohortId", cohortId).put("label", label)
                .put("frameworkId", FRAMEWORK).put("frameworkNumber", 1).put("opensAt", now.minusSeconds(60).toString())
                .put("closesAt", now.plus(14, ChronoUnit.DAYS).toString()).toString()));
    }

    /** The framework's statement ids, each with whether it is required, in order. */
    List<String> statements() {
        BenchHttp.Result result = context.http().get(context.stack().gateway(), "/api/frameworks/" + FRAMEWORK + "/versions/1", manager);
        require(result, "reading the framework");
        List<String> ids = new ArrayList<>();
        for (JsonNode component : BenchContext.JSON.readTree(result.body()).path("components")) {
            for (JsonNode statement : component.path("statements")) {
                ids.add(statement.path("id").asString());
            }
        }
        return ids;
    }

    String managerToken() {
        return manager;
    }

    private String post(String path, String json) {
        BenchHttp.Result result = context.http().postJson(context.stack().gateway(), path, manager, json);
        require(result, "POST " + path);
        return result.body();
    }

    private static String id(String body) {
        return BenchContext.JSON.readTree(body).path("id").asString();
    }

    static void require(BenchHttp.Result result, String what) {
        if (!result.ok()) {
            throw new IllegalStateException(what + " answered " + result);
        }
    }
}
