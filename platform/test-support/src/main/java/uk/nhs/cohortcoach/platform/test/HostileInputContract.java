package uk.nhs.cohortcoach.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;
import uk.nhs.cohortcoach.platform.test.sweep.OpenApiSweep;
import uk.nhs.cohortcoach.platform.test.sweep.SweepReport;

/**
 * What every service promises about input it did not ask for, checked over every operation of its
 * own OpenAPI document (so a new endpoint is covered the day it is written): hostile values get a
 * 4xx problem naming the field and change nothing; a caller without a write's role gets 403 (no
 * token: 401) before its body is read; the document declares the bearer scheme and the problems it
 * answers, and not {@code /error}. Part of {@link ServiceConformanceContract}.
 */
interface HostileInputContract {

    String PERSON = "7d1c5a52-0000-4000-8000-00000000c0de";

    int port();

    MongoDatabaseFactory mongo();

    String expectedDatabase();

    @Test
    default void answersEveryHostileValueOfEveryOperationWithAProblemNamingTheFieldAndStoresNothing() {
        Http http = new Http(port());
        String document = http.send("GET", "/v3/api-docs", null, null).body();
        Map<String, Long> before = quietDocumentCounts();

        SweepReport report = OpenApiSweep.of("http://127.0.0.1:" + port(), document)
                .run(Http.bearer(PERSON, Role.PROGRAMME_MANAGER));

        System.out.println("[" + expectedDatabase() + "] " + report.summary());
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.requests()).as("a sweep that sends little proves little").isGreaterThan(100);
        assertThat(quietDocumentCounts()).as("documents per collection after the sweep").isEqualTo(before);
    }

    @Test
    default void decidesTheRoleOfEveryWriteBeforeReadingItsBody() {
        Http http = new Http(port());
        String document = http.send("GET", "/v3/api-docs", null, null).body();
        Map<String, String> byRole = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            byRole.put(role.name(), Http.bearer(PERSON, role));
        }
        List<String> wrong = OpenApiSweep.of("http://127.0.0.1:" + port(), document).authorisationBeforeValidation(null, byRole);
        assertThat(wrong).isEmpty();
    }

    @Test
    default void documentsTheBearerSchemeTheProblemsOfEveryOperationAndTheDateRangeButNotTheErrorPath() {
        JsonNode document = Http.json(new Http(port()).send("GET", "/v3/api-docs", null, null));
        assertThat(document.path("components").path("securitySchemes").path("platformToken").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.path("paths").has("/error")).isFalse();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().path("responses");
                String name = operation.getKey() + " " + path.getKey();
                assertThat(responses.has("400")).as(name + " declares 400").isTrue();
                assertThat(responses.path("400").path("content").has("application/problem+json")).as(name).isTrue();
                boolean open = operation.getValue().path("security").isArray() && operation.getValue().path("security").isEmpty();
                assertThat(open || responses.has("401")).as(name + " declares 401").isTrue();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    String format = parameter.path("schema").path("format").asString("");
                    if (format.startsWith("date")) {
                        assertThat(parameter.path("schema").path("description").asString()).as(name + " " + parameter.path("name"))
                                .contains("Between 2000-01-01 and 2100-12-31");
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                if (property.getValue().path("format").asString("").startsWith("date")) {
                    assertThat(property.getValue().path("description").asString()).as(schema.getKey() + "." + property.getKey())
                            .contains("Between 2000-01-01 and 2100-12-31");
                }
            }
        }
    }

    @Test
    default void answersTheErrorPathAskedForDirectlyWith404() {
        var response = new Http(port()).send("GET", "/error", Http.bearer(PERSON, Role.PROGRAMME_MANAGER), null);
        assertThatProblem(response).hasStatus(404).hasType(ProblemTypes.NOT_FOUND);
    }

    @Test
    default void refusesAnAddressThatIsNotValidUtf8WithAProblemRatherThanTomcatsPage() {
        var response = new Http(port()).send("GET", "/api/x%C3%28y", Http.bearer(PERSON, Role.PROGRAMME_MANAGER), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Tomcat").doesNotContain("<html");
    }

    /** Documents per collection, once two looks a moment apart agree (event consumers may still be busy). */
    private Map<String, Long> quietDocumentCounts() {
        Map<String, Long> previous = documentCounts();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            sleep(500);
            Map<String, Long> now = documentCounts();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private Map<String, Long> documentCounts() {
        Map<String, Long> counts = new TreeMap<>();
        var database = mongo().getMongoDatabase();
        for (String collection : database.listCollectionNames()) {
            if (!"conformance_check".equals(collection)) {
                counts.put(collection, database.getCollection(collection).countDocuments(new Document()));
            }
        }
        return counts;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
