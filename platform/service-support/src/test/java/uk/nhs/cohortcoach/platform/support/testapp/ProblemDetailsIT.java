package uk.nhs.cohortcoach.platform.support.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** Every kind of client mistake, made against a real service, answers a 4xx problem and stores nothing. */
@PlatformIntegrationTest
class ProblemDetailsIT {

    /** Every request carries a valid platform token: these tests are about input, not sign-in. */
    private static final String BEARER = "Bearer " + TestTokens.forRoles("problem-tester", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    // ---- the shared kit on this service's own endpoints

    @TestFactory
    Stream<DynamicTest> creatingAWidgetRefusesBadJsonAndStoresNothing() {
        return JsonInputChecks.post(new Http(port).uri("/test/widgets"), widget("Kit widget"), () -> count("widgets"))
                .header("Authorization", BEARER).dynamicTests();
    }

    @TestFactory
    Stream<DynamicTest> storingAFreeFormDocumentRefusesOperatorKeysAtAnyDepth() {
        String document = """
                {"title": "notes", "meta": {"tags": [{"k": "v"}], "owner": {"name": "x"}}}""";
        return JsonInputChecks.post(new Http(port).uri("/test/documents"), document, () -> count("documents")).freeFormBody()
                .header("Authorization", BEARER).dynamicTests();
    }

    // ---- bean validation

    @Test
    void listsEveryInvalidFieldOfTheBodyByItsJsonPathInDeclarationOrder() throws Exception {
        String body = """
                {"name": " ", "size": 0, "priority": 1, "colour": "RED", "due": "2026-03-29",
                 "parts": [{"code": "a", "quantity": 1}, {"code": "", "quantity": 0}],
                 "display_label": "far too long a label"}""";

        long before = count("widgets");

        HttpResponse<String> response = send("POST", "/test/widgets", body);

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION).hasInstance("/test/widgets")
                .hasCorrelationId()
                .hasFieldOrder("name", "size", "parts[1].code", "parts[1].quantity", "display_label")
                .hasFieldError("size", "greater than or equal to 1");
        assertThat(count("widgets")).isEqualTo(before);
    }

    @Test
    void answersUnknownFieldsValuesOfTheWrongTypeAndInvalidValuesAllAtOnceInDeclarationOrderInTheServicesWords() throws Exception {
        String body = """
                {"name": " ", "size": "lots", "priority": 1, "colour": "PURPLE", "due": "2026-03-29", "shade": "dark",
                 "parts": [{"code": "", "quantity": 1, "weight": 3}, {"code": "b", "quantity": "two"}]}""";
        long before = count("widgets");

        HttpResponse<String> response = send("POST", "/test/widgets", body);

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION).hasCorrelationId()
                .hasFieldOrder("name", "size", "colour", "parts[0].code", "parts[0].weight", "parts[1].quantity", "shade")
                .hasFieldError("size", "must be a whole number").hasFieldError("colour", "must be one of: RED, GREEN, BLUE")
                .hasFieldError("shade", "is not a field of this request").hasFieldError("name", "Enter the widget name")
                .hasFieldError("parts[1].quantity", "Enter the quantity of the part as a whole number");
        assertThat(count("widgets")).isEqualTo(before);
    }

    @Test
    void keepsTheKindOfProblemWhenEveryErrorIsOfOneKind() throws Exception {
        String body = widget("Two unknown fields").replace("\"size\": 3", "\"size\": 3, \"shade\": 1, \"texture\": 2");

        assertThatProblem(send("POST", "/test/widgets", body)).hasStatus(400).hasType(ProblemTypes.UNKNOWN_FIELD)
                .hasFieldErrorsOnly("shade", "texture");
    }

    @Test
    void aBodyThatIsNotJsonStaysOneError() throws Exception {
        assertThatProblem(send("POST", "/test/widgets", "{\"name\": , \"size\": \"lots\"}")).hasStatus(400)
                .hasType(ProblemTypes.MALFORMED_JSON).hasNoFieldErrors();
    }

    @Test
    void reportsBodyFieldsRelativeToTheBodyWhenParametersAreValidatedToo() throws Exception {
        long id = createdWidget("Renamed widget");

        HttpResponse<String> response = send("PUT", "/test/widgets/" + id, "{\"name\": \"\", \"version\": 0}");

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION).hasFieldErrorsOnly("name");
    }

    @Test
    void namesAnInvalidPathVariable() throws Exception {
        assertThatProblem(send("GET", "/test/widgets/0", null)).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("id");
    }

    @Test
    void namesAnInvalidQueryParameter() throws Exception {
        assertThatProblem(send("GET", "/test/widgets?colour=RED&limit=1000", null)).hasStatus(400)
                .hasType(ProblemTypes.VALIDATION).hasFieldError("limit", "less than or equal to 100");
    }

    @Test
    void namesTheFieldWhenABeanValidatedOutsideTheWebLayerRefusesRequestData() throws Exception {
        assertThatProblem(send("POST", "/test/notes", "{\"text\": \"\"}")).hasStatus(400)
                .hasType(ProblemTypes.VALIDATION).hasFieldErrorsOnly("text");
        assertThat(send("POST", "/test/notes", "{\"text\": \"fine\"}").statusCode()).isEqualTo(201);
    }

    // ---- JSON that cannot be bound

    @Test
    void saysWhereJsonIsMalformed() throws Exception {
        HttpResponse<String> response = send("POST", "/test/widgets", "{\n  \"name\": \"x\",\n  \"size\": }");

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.MALFORMED_JSON)
                .hasDetailContaining("line 3, column 11").hasNoFieldErrors();
    }

    @Test
    void asksForABodyWhenThereIsNone() throws Exception {
        assertThatProblem(send("POST", "/test/widgets", "")).hasStatus(400).hasType(ProblemTypes.MALFORMED_JSON)
                .hasDetailContaining("needs a JSON body");
    }

    @Test
    void namesAnUnknownFieldInsideAList() throws Exception {
        String body = widget("Unknown field widget").replace("\"quantity\": 2", "\"quantity\": 2, \"colour\": \"RED\"");
        long before = count("widgets");

        assertThatProblem(send("POST", "/test/widgets", body)).hasStatus(400).hasType(ProblemTypes.UNKNOWN_FIELD)
                .hasFieldError("parts[0].colour", "known fields here: code, quantity");
        assertThat(count("widgets")).isEqualTo(before);
    }

    @Test
    void explainsEachValueOfTheWrongTypeOrFormat() throws Exception {
        long before = count("widgets");
        assertThatProblem(send("POST", "/test/widgets", widget("T").replace("\"size\": 3", "\"size\": \"lots\"")))
                .hasStatus(400).hasType(ProblemTypes.INVALID_VALUE).hasFieldError("size", "must be a whole number");
        assertThatProblem(send("POST", "/test/widgets", widget("T").replace("\"RED\"", "\"PURPLE\"")))
                .hasType(ProblemTypes.INVALID_VALUE).hasFieldError("colour", "must be one of: RED, GREEN, BLUE");
        assertThatProblem(send("POST", "/test/widgets", widget("T").replace("\"2026-03-29\"", "\"29/03/2026\"")))
                .hasType(ProblemTypes.INVALID_VALUE).hasFieldError("due", "must be a date like 2026-03-29");
        assertThatProblem(send("POST", "/test/widgets", widget("T").replace("\"priority\": 1", "\"priority\": null")))
                .hasType(ProblemTypes.INVALID_VALUE).hasFieldError("priority", "must not be null");
        assertThat(count("widgets")).isEqualTo(before);
    }

    @Test
    void refusesAnOperatorKeyInAFreeFormMapOfARecord() throws Exception {
        String body = widget("Operator widget").replace("\"attributes\": {}", "\"attributes\": {\"$where\": \"sleep(5000)\"}");
        long before = count("widgets");

        assertThatProblem(send("POST", "/test/widgets", body)).hasStatus(400).hasType(ProblemTypes.FORBIDDEN_FIELD_NAME)
                .hasFieldError("attributes.$where", "must not start with '$'");
        assertThat(count("widgets")).isEqualTo(before);
    }

    @Test
    void refusesABodyLargerThanTheLimit() throws Exception {
        String big = "{\"text\": \"" + "x".repeat(20 * 1024) + "\"}";
        long before = count("documents");

        assertThatProblem(send("POST", "/test/documents", big)).hasStatus(413).hasType(ProblemTypes.CONTENT_TOO_LARGE);
        assertThat(count("documents")).isEqualTo(before);
    }

    // ---- parameters

    @Test
    void namesAMissingQueryParameter() throws Exception {
        assertThatProblem(send("GET", "/test/widgets", null)).hasStatus(400).hasType(ProblemTypes.MISSING_PARAMETER)
                .hasFieldErrorsOnly("colour");
    }

    @Test
    void explainsAQueryParameterOfTheWrongType() throws Exception {
        assertThatProblem(send("GET", "/test/widgets?colour=PURPLE", null)).hasStatus(400)
                .hasType(ProblemTypes.INVALID_PARAMETER).hasFieldError("colour", "must be one of: RED, GREEN, BLUE");
    }

    @Test
    void explainsAPathVariableOfTheWrongType() throws Exception {
        assertThatProblem(send("GET", "/test/widgets/abc", null)).hasStatus(400).hasType(ProblemTypes.INVALID_PARAMETER)
                .hasFieldError("id", "must be a whole number");
    }

    // ---- HTTP

    @Test
    void refusesAnUnsupportedMediaType() throws Exception {
        HttpResponse<String> response = send("POST", "/test/widgets", "name=x", "text/plain", "application/json");

        assertThatProblem(response).hasStatus(415).hasType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void refusesAnUnacceptableResponseType() throws Exception {
        HttpResponse<String> response = send("GET", "/test/widgets/1", null, null, "application/xml");

        assertThatProblem(response).hasStatus(406).hasType(ProblemTypes.NOT_ACCEPTABLE);
    }

    @Test
    void refusesAMethodNotAllowedAndSaysWhichAre() throws Exception {
        assertThatProblem(send("DELETE", "/test/widgets", null)).hasStatus(405).hasType(ProblemTypes.METHOD_NOT_ALLOWED)
                .hasHeaderContaining("Allow", "GET").hasHeaderContaining("Allow", "POST");
    }

    // ---- resources and their state

    @Test
    void saysWhatWasNotFound() throws Exception {
        assertThatProblem(send("GET", "/test/widgets/4242", null)).hasStatus(404).hasType(ProblemTypes.NOT_FOUND)
                .hasDetailContaining("widget 4242 was not found");
        assertThatProblem(send("GET", "/no/such/thing", null)).hasStatus(404).hasType(ProblemTypes.NOT_FOUND);
    }

    @Test
    void answersAConflictWithTheServicesWording() throws Exception {
        assertThatProblem(send("POST", "/test/conflicts", null)).hasStatus(409).hasType(ProblemTypes.CONFLICT)
                .hasDetailContaining("The wave is already closed.");
    }

    @Test
    void answersANamedDuplicateWithTheFieldAndWhatItClashesWith() throws Exception {
        HttpResponse<String> response = send("POST", "/test/duplicates", null);

        assertThatProblem(response).hasStatus(409).hasType(ProblemTypes.DUPLICATE)
                .hasDetailContaining("A widget called 'Sprocket' already exists.")
                .hasFieldErrorsOnly("name").hasFieldError("name", "already the name of another widget");
        assertThat(Http.json(response).path("conflictsWith").asString()).isEqualTo("widget-7");
    }

    @Test
    void answersAStaleVersionWithReloadAndRetry() throws Exception {
        long id = createdWidget("Contested widget");
        assertThat(send("PUT", "/test/widgets/" + id, "{\"name\": \"First edit\", \"version\": 0}").statusCode()).isEqualTo(200);

        HttpResponse<String> second = send("PUT", "/test/widgets/" + id, "{\"name\": \"Second edit\", \"version\": 0}");

        assertThatProblem(second).hasStatus(409).hasType(ProblemTypes.CONCURRENT_MODIFICATION)
                .hasDetailContaining("changed by someone else").hasDetailContaining("Reload");
        assertThat(send("GET", "/test/widgets/" + id, null).body()).contains("First edit");
    }

    @Test
    void answersADuplicateWithoutTheDatabasesMessage() throws Exception {
        createdWidget("Unique widget");

        assertThatProblem(send("POST", "/test/widgets", widget("Unique widget"))).hasStatus(409)
                .hasType(ProblemTypes.DUPLICATE);
        assertThat(mongo.getCollection("widgets").countDocuments(new Document("name", "Unique widget"))).isOne();
    }

    @Test
    void answersAnUnexpectedFailureWithAGeneric500() throws Exception {
        HttpResponse<String> response = send("GET", "/test/failures", null, null, "application/json", "report-me-42");

        assertThatProblem(response).hasStatus(500).hasType(ProblemTypes.INTERNAL_ERROR)
                .hasCorrelationId("report-me-42").hasDetailContaining("Quote the correlation id");
        assertThat(response.body()).doesNotContain("secret", "IllegalState");
    }

    // ---- outside Spring MVC

    @Test
    void answersAFilterFailureAsAProblemWithTheCorrelationId() throws Exception {
        HttpResponse<String> response = send("GET", "/test/filter-failure", null, null, "application/json", "filter-7");

        assertThatProblem(response).hasStatus(500).hasType(ProblemTypes.INTERNAL_ERROR).hasCorrelationId("filter-7")
                .hasInstance("/test/filter-failure");
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void answersAFiltersRefusalAsAProblem() throws Exception {
        HttpResponse<String> response = send("GET", "/test/filter-refusal", null);

        assertThatProblem(response).hasStatus(403).hasType(ProblemTypes.FORBIDDEN).hasCorrelationId();
        assertThat(response.body()).doesNotContain("secret");
    }

    // ---- helpers

    private static String widget(String name) {
        return """
                {"name": "%s", "size": 3, "priority": 1, "colour": "RED", "due": "2026-03-29", "attributes": {},
                 "parts": [{"code": "a", "quantity": 2}], "display_label": "short"}""".formatted(name);
    }

    private long createdWidget(String name) throws Exception {
        HttpResponse<String> response = send("POST", "/test/widgets", widget(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    private long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, json == null ? null : "application/json", "application/json");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String accept)
            {
        return send(method, path, body, contentType, accept, null);
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String accept,
            String correlationId) {
        Http.Request request = new Http(port).request(method, path).header("Accept", accept).authorization(BEARER);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null) {
            request.body(null, body);
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return request.send();
    }
}
