package uk.nhs.cohortcoach.platform.test.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * Ready-made proof that a JSON endpoint refuses bad input with a 400 problem and stores nothing.
 * Given the endpoint, one valid body and a way to count what the endpoint stores, it sends:
 * <ul>
 * <li>the body cut short (malformed JSON);</li>
 * <li>the body with an extra, unknown field;</li>
 * <li>for every object in the body, including free-form maps, a copy with a MongoDB operator key
 * ({@code $gt}) in that object, and a copy with a dotted key at the top;</li>
 * <li>for every top-level field, a copy with a value of the wrong JSON type;</li>
 * <li>and last the valid body itself, which must be accepted and counted (so the count is real).</li>
 * </ul>
 * Use it from a {@code @TestFactory} in a web-slice test ({@link uk.nhs.cohortcoach.platform.test.WebSliceTest}, counting
 * what reached the mocked domain) or in a service's integration test (counting what was stored):
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> creatingACohortRefusesBadJson() {
 *     return JsonInputChecks.post(Http.over(mockMvc), "/api/cohorts", "{\"name\":\"Phase 3\",\"startsOn\":\"2026-04-01\"}",
 *             () -> Mockito.mockingDetails(cohorts).getInvocations().size()).header("Authorization", manager).dynamicTests();
 * }
 * }</pre>
 * or, against a running service,
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> creatingACohortRefusesBadJson() {
 *     return JsonInputChecks.post(uri("/api/cohorts"), "{\"name\":\"Phase 3\",\"startsOn\":\"2026-04-01\"}",
 *             cohorts::count).header("Authorization", "Bearer " + token).dynamicTests();
 * }
 * }</pre>
 */
public final class JsonInputChecks {

    static final String UNKNOWN_FIELD = "cohortCoachUnknownField";
    static final String OPERATOR_KEY = "$gt";
    static final String DOTTED_KEY = "profile.name";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$@-]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String method;
    private final Http http;
    private final String path;
    private final ObjectNode validBody;
    private final LongSupplier storedCount;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Set<String> freeFormFields = new LinkedHashSet<>();
    private boolean freeFormBody;
    private long storedByValidBody;

    private JsonInputChecks(String method, Http http, String path, String validBody, LongSupplier storedCount,
            long storedByValidBody) {
        this.method = method;
        this.http = http;
        this.path = path;
        JsonNode body = JSON.readTree(validBody);
        if (!body.isObject()) {
            throw new IllegalArgumentException("the valid body must be a JSON object: " + validBody);
        }
        this.validBody = (ObjectNode) body;
        this.storedCount = storedCount;
        this.storedByValidBody = storedByValidBody;
    }

    /** Checks for a POST endpoint that stores one thing per accepted body. */
    public static JsonInputChecks post(URI endpoint, String validBody, LongSupplier storedCount) {
        return post(new Http(endpoint), "", validBody, storedCount);
    }

    /** Checks for a POST endpoint at {@code path}, called through {@code http} (a running service or a web slice). */
    public static JsonInputChecks post(Http http, String path, String validBody, LongSupplier storedCount) {
        return new JsonInputChecks("POST", http, path, validBody, storedCount, 1);
    }

    /** Checks for a PUT or PATCH endpoint that changes something that exists (an accepted body adds nothing). */
    public static JsonInputChecks update(String method, URI endpoint, String validBody, LongSupplier storedCount) {
        return update(new Http(endpoint), method, "", validBody, storedCount);
    }

    /** Checks for a PUT or PATCH endpoint at {@code path}, called through {@code http} (a running service or a web slice). */
    public static JsonInputChecks update(Http http, String method, String path, String validBody, LongSupplier storedCount) {
        return new JsonInputChecks(method, http, path, validBody, storedCount, 0);
    }

    /** A header to send with every request, such as {@code Authorization}. */
    public JsonInputChecks header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Top-level fields that accept any JSON value ({@code Object}, {@code JsonNode}): no wrong-type check for them. */
    public JsonInputChecks freeFormFields(String... names) {
        freeFormFields.addAll(List.of(names));
        return this;
    }

    /** The whole body is free-form (a map or a JSON node): no unknown-field or wrong-type checks, only the key checks. */
    public JsonInputChecks freeFormBody() {
        freeFormBody = true;
        return this;
    }

    /** How many things an accepted valid body adds to the count (1 for {@link #post}, 0 for {@link #update}). */
    public JsonInputChecks validBodyStores(long count) {
        storedByValidBody = count;
        return this;
    }

    public Stream<DynamicTest> dynamicTests() {
        List<DynamicTest> tests = new ArrayList<>();
        String valid = JSON.writeValueAsString(validBody);
        tests.add(dynamicTest("malformed JSON is refused", () ->
                refused(valid.substring(0, valid.length() - 1), ProblemTypes.MALFORMED_JSON, null)));
        if (!freeFormBody) {
            ObjectNode unknown = validBody.deepCopy();
            unknown.put(UNKNOWN_FIELD, true);
            tests.add(dynamicTest("an unknown field is refused", () ->
                    refused(JSON.writeValueAsString(unknown), ProblemTypes.UNKNOWN_FIELD, UNKNOWN_FIELD)));
        }
        for (String objectPath : objectPaths(validBody)) {
            String where = objectPath.isEmpty() ? "the body" : objectPath;
            tests.add(dynamicTest("an operator key in " + where + " is refused", () ->
                    refused(withKeyAt(objectPath, OPERATOR_KEY), ProblemTypes.FORBIDDEN_FIELD_NAME, child(objectPath, OPERATOR_KEY))));
        }
        tests.add(dynamicTest("a dotted key is refused", () ->
                refused(withKeyAt("", DOTTED_KEY), ProblemTypes.FORBIDDEN_FIELD_NAME, child("", DOTTED_KEY))));
        if (!freeFormBody) {
            for (Map.Entry<String, JsonNode> field : validBody.properties()) {
                if (freeFormFields.contains(field.getKey()) || field.getValue().isNull()) {
                    continue;
                }
                JsonNode wrong = wrongTypeFor(field.getValue());
                ObjectNode body = validBody.deepCopy();
                body.set(field.getKey(), wrong);
                tests.add(dynamicTest("a value of the wrong type for " + field.getKey() + " (" + wrong + ") is refused", () ->
                        refused(JSON.writeValueAsString(body), ProblemTypes.INVALID_VALUE, child("", field.getKey()))));
            }
        }
        tests.add(dynamicTest("the valid body is accepted and stored", () -> accepted(valid)));
        return tests.stream();
    }

    private void refused(String body, String type, String field) {
        long before = storedCount.getAsLong();
        HttpResponse<String> response = send(body);
        ProblemAssert problem = assertThatProblem(response).hasStatus(400).hasType(type).hasCorrelationId();
        if (field != null) {
            problem.hasFieldError(field);
        }
        assertThat(storedCount.getAsLong()).as("stored count after a refused request").isEqualTo(before);
    }

    private void accepted(String body) {
        long before = storedCount.getAsLong();
        HttpResponse<String> response = send(body);
        assertThat(response.statusCode()).as("status for the valid body; response: %s", response.body()).isBetween(200, 299);
        assertThat(storedCount.getAsLong()).as("stored count after the valid body").isEqualTo(before + storedByValidBody);
    }

    private HttpResponse<String> send(String body) {
        Http.Request request = http.request(method, path).header("Accept", "application/json");
        headers.forEach(request::header);
        return request.json(body).send();
    }

    private String withKeyAt(String objectPath, String key) {
        ObjectNode body = validBody.deepCopy();
        ((ObjectNode) nodesByPath(body).get(objectPath)).put(key, "1");
        return JSON.writeValueAsString(body);
    }

    /** The paths of every object in the document, outermost first, as {@link #child} writes them. */
    private static List<String> objectPaths(JsonNode root) {
        return nodesByPath(root).entrySet().stream()
                .filter(entry -> entry.getValue().isObject()).map(Map.Entry::getKey).toList();
    }

    /** Every node of the document by its path, outermost first. */
    private static Map<String, JsonNode> nodesByPath(JsonNode root) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        collect(root, "", nodes);
        return nodes;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> nodes) {
        nodes.put(path, node);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                collect(property.getValue(), child(path, property.getKey()), nodes);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", nodes);
            }
        }
    }

    /** A property's path, as the platform reports it: {@code a.b}, or {@code a["x.y"]} for names that are not plain. */
    static String child(String path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return path.isEmpty() ? name : path + "." + name;
        }
        return path + "[" + JSON.writeValueAsString(name) + "]";
    }

    private static JsonNode wrongTypeFor(JsonNode value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value.isString()) {
            return nodes.booleanNode(true);
        }
        if (value.isNumber()) {
            return nodes.stringNode("not-a-number");
        }
        if (value.isBoolean()) {
            return nodes.stringNode("not-a-boolean");
        }
        if (value.isArray()) {
            return nodes.stringNode("not-a-list");
        }
        return nodes.stringNode("not-an-object");
    }
}
