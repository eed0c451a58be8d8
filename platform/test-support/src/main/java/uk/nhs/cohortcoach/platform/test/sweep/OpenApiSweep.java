package uk.nhs.cohortcoach.platform.test.sweep;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * Sends every hostile case of an OpenAPI document ({@link HostileCases}) to a base URL, as the holder
 * of the given token, and checks each answer. Used against each service (its conformance contract)
 * and through the gateway (the local stack's sweep).
 *
 * <pre>{@code
 * SweepReport report = OpenApiSweep.of(baseUrl, document).run("Bearer " + token);
 * System.out.println(report.summary());
 * assertThat(report.failures()).isEmpty();
 * }</pre>
 */
public final class OpenApiSweep {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final JsonNode document;
    private final Set<Integer> edgeStatuses = new HashSet<>();

    private OpenApiSweep(String baseUrl, JsonNode document) {
        this.http = new Http(URI.create(baseUrl));
        this.document = document;
    }

    public static OpenApiSweep of(String baseUrl, String documentJson) {
        return new OpenApiSweep(baseUrl, JSON.readTree(documentJson));
    }

    /** Statuses something in front of the service may answer for any operation (the gateway's 429). */
    public OpenApiSweep allowingEdgeStatuses(Integer... statuses) {
        edgeStatuses.addAll(List.of(statuses));
        return this;
    }

    /** Sends every hostile case with the given {@code Authorization} header. */
    public SweepReport run(String authorization) {
        List<SweepCase> cases = new HostileCases(document).all();
        List<SweepReport.Outcome> outcomes = new ArrayList<>(cases.size());
        for (SweepCase sweepCase : cases) {
            Answer answer = send(sweepCase.method(), sweepCase.target(), authorization, sweepCase.body(), sweepCase.contentType());
            outcomes.add(new SweepReport.Outcome(sweepCase, answer.status(), answer.contentType(), answer.body(),
                    problems(sweepCase, answer)));
        }
        return new SweepReport(outcomes);
    }

    /**
     * Every write of the document sent without a token, and with each role its {@code x-required-roles}
     * leaves out, each with a body that is not even JSON: the answers must be 401 and 403, so the
     * decision was made before the body was read. Answers what went wrong, one line per case.
     */
    public List<String> authorisationBeforeValidation(String noRoleAuthorization, Map<String, String> authorizationByRole) {
        List<String> wrong = new ArrayList<>();
        byte[] junk = "{\"$where\": [1, ".getBytes(StandardCharsets.UTF_8);
        for (HostileCases.Operation operation : new HostileCases(document).operations()) {
            if (!operation.isWrite() || !operation.needsToken()) {
                continue;
            }
            byte[] body = operation.hasBody() ? junk : null;
            Answer anonymous = send(operation.method(), operation.target(), noRoleAuthorization, body, HostileCases.JSON);
            if (anonymous.status() != 401) {
                wrong.add(operation.name() + " without a token: " + anonymous.status() + " " + abbreviated(anonymous.body()));
            }
            List<String> roles = operation.requiredRoles();
            if (roles.isEmpty()) {
                continue;
            }
            authorizationByRole.forEach((role, authorization) -> {
                if (!roles.contains(role)) {
                    Answer answer = send(operation.method(), operation.target(), authorization, body, HostileCases.JSON);
                    if (answer.status() != 403) {
                        wrong.add(operation.name() + " as " + role + " (needs " + roles + "): " + answer.status() + " "
                                + abbreviated(answer.body()));
                    }
                }
            });
        }
        return wrong;
    }

    /** The writes of the document that name the roles they need. */
    public List<String> writesWithoutRequiredRoles() {
        List<String> names = new ArrayList<>();
        for (HostileCases.Operation operation : new HostileCases(document).operations()) {
            if (operation.isWrite() && operation.needsToken() && operation.requiredRoles().isEmpty()) {
                names.add(operation.name());
            }
        }
        return names;
    }

    private List<String> problems(SweepCase sweepCase, Answer answer) {
        List<String> problems = new ArrayList<>();
        int status = answer.status();
        if (status >= 500) {
            problems.add("answered " + status);
        }
        if (status >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            problems.add("error is " + answer.contentType() + ", not application/problem+json");
        }
        if (sweepCase.mustRefuse() && status < 400) {
            problems.add("accepted a value no field may take (" + status + ")");
        }
        if (status >= 400 && status < 500 && !declared(sweepCase, status) && !edgeStatuses.contains(status)) {
            problems.add("answered " + status + ", which the document does not declare for this operation");
        }
        if (status == 400 && sweepCase.field() != null && !namesField(answer.body(), sweepCase.field())) {
            problems.add("does not name the field " + sweepCase.field() + ": " + abbreviated(answer.body()));
        }
        return problems;
    }

    private boolean declared(SweepCase sweepCase, int status) {
        String[] parts = sweepCase.operation().split(" ", 2);
        JsonNode responses = document.path("paths").path(parts[1]).path(parts[0].toLowerCase(java.util.Locale.ROOT)).path("responses");
        return responses.has(String.valueOf(status)) || responses.has(status / 100 + "XX") || responses.has("default");
    }

    private static boolean namesField(String body, String field) {
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return true; // a problem about the whole request (malformed JSON) names no field
            }
            for (JsonNode error : errors) {
                String named = error.path("field").asString("");
                if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")
                        || field.startsWith(named + ".") || field.startsWith(named + "[")) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    static String abbreviated(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    private record Answer(int status, String contentType, String body) {
    }

    private Answer send(String method, String target, String authorization, byte[] body, String contentType) {
        Http.Request request = http.request(method, target).authorization(authorization);
        HttpResponse<String> response = (body == null ? request : request.body(contentType, body)).send();
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** Counts of the document's operations, for the report. */
    public Map<String, Integer> operationCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (HostileCases.Operation operation : new HostileCases(document).operations()) {
            counts.merge(operation.isWrite() ? "writes" : "reads", 1, Integer::sum);
        }
        return counts;
    }
}
