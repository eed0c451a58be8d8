package uk.nhs.cohortcoach.platform.test.problem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** AssertJ assertions on an HTTP response that should carry an RFC 9457 problem. */
public class ProblemAssert extends AbstractAssert<ProblemAssert, HttpResponse<String>> {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What must never reach a client: Java class and package names, stack frames, driver messages. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\.java:\\d+\\)|Native Method\\)|Unknown Source\\)|\\bjava\\.|\\bjakarta\\.|\\btools\\.jackson|com\\.fasterxml|org\\.springframework"
                    + "|org\\.bson|com\\.mongodb|uk\\.nhs\\.|E11000|\\$Proxy");

    private JsonNode problem;

    ProblemAssert(HttpResponse<String> response) {
        super(response, ProblemAssert.class);
    }

    /** The status line and the {@code status} member. */
    public ProblemAssert hasStatus(int status) {
        if (actual.statusCode() != status) {
            failWithMessage("Expected HTTP status %s but was %s; body:%n%s", status, actual.statusCode(), actual.body());
        }
        return this;
    }

    /** The {@code type} URI; see {@link ProblemTypes}. */
    public ProblemAssert hasType(String type) {
        return hasMember("type", type);
    }

    /** The {@code reason} member: the stable code of a conflict a client may branch on. */
    public ProblemAssert hasReason(String reason) {
        return hasMember("reason", reason);
    }

    public ProblemAssert hasTitle(String title) {
        return hasMember("title", title);
    }

    public ProblemAssert hasDetailContaining(String fragment) {
        String detail = problem().path("detail").asString("");
        if (!detail.contains(fragment)) {
            failWithMessage("Expected detail to contain <%s> but was <%s>", fragment, detail);
        }
        return this;
    }

    /** The {@code instance} member: the path of the request that failed. */
    public ProblemAssert hasInstance(String path) {
        return hasMember("instance", path);
    }

    /** A {@code correlationId} member that equals the response's {@code X-Correlation-Id} header. */
    public ProblemAssert hasCorrelationId() {
        String header = actual.headers().firstValue(CORRELATION_HEADER).orElse(null);
        String member = problem().path("correlationId").asString(null);
        if (member == null || member.isBlank()) {
            failWithMessage("Expected a correlationId member; body:%n%s", actual.body());
        }
        if (!member.equals(header)) {
            failWithMessage("Expected correlationId <%s> to equal the %s header <%s>", member, CORRELATION_HEADER, header);
        }
        return this;
    }

    public ProblemAssert hasCorrelationId(String correlationId) {
        return hasCorrelationId().hasMember("correlationId", correlationId);
    }

    /** An entry of {@code errors} whose {@code field} is this JSON path, e.g. {@code members[0].odsCode}. */
    public ProblemAssert hasFieldError(String field) {
        if (fieldErrors().stream().noneMatch(error -> field.equals(error.field()))) {
            failWithMessage("Expected a field error for <%s> but the errors were %s", field, fieldErrors());
        }
        return this;
    }

    /** An entry of {@code errors} for this field whose message contains the fragment. */
    public ProblemAssert hasFieldError(String field, String messageFragment) {
        if (fieldErrors().stream().noneMatch(error -> field.equals(error.field()) && error.message().contains(messageFragment))) {
            failWithMessage("Expected a field error for <%s> containing <%s> but the errors were %s",
                    field, messageFragment, fieldErrors());
        }
        return this;
    }

    /** Field errors for exactly these fields (in any order, each at least once) and no others. */
    public ProblemAssert hasFieldErrorsOnly(String... fields) {
        List<String> actualFields = fieldErrors().stream().map(FieldError::field).distinct().sorted().toList();
        List<String> expected = Arrays.stream(fields).distinct().sorted().toList();
        if (!actualFields.equals(expected)) {
            failWithMessage("Expected field errors for %s but were %s", expected, fieldErrors());
        }
        return this;
    }

    /** Errors for exactly these fields, in this order (the order of the form), one each. */
    public ProblemAssert hasFieldOrder(String... fields) {
        List<String> actual = fieldErrors().stream().map(FieldError::field).toList();
        if (!actual.equals(List.of(fields))) {
            failWithMessage("Expected field errors in the order%n  %s%nbut were%n  %s", List.of(fields), fieldErrors());
        }
        return this;
    }

    /** Exactly these errors and in this order (the order of the form), given as field, message, field, message... */
    public ProblemAssert hasFieldErrorsInOrder(String... fieldsAndMessages) {
        if (fieldsAndMessages.length % 2 != 0) {
            throw new IllegalArgumentException("give a message for every field");
        }
        List<FieldError> expected = new java.util.ArrayList<>();
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            expected.add(new FieldError(fieldsAndMessages[i], fieldsAndMessages[i + 1]));
        }
        if (!fieldErrors().equals(expected)) {
            failWithMessage("Expected the field errors%n  %s%nin that order but were%n  %s", expected, fieldErrors());
        }
        return this;
    }

    public ProblemAssert hasNoFieldErrors() {
        if (!fieldErrors().isEmpty()) {
            failWithMessage("Expected no field errors but were %s", fieldErrors());
        }
        return this;
    }

    /** A response header containing the fragment, e.g. {@code hasHeaderContaining("Allow", "GET")}. */
    public ProblemAssert hasHeaderContaining(String name, String fragment) {
        String value = String.join(", ", actual.headers().allValues(name));
        if (!value.contains(fragment)) {
            failWithMessage("Expected header %s to contain <%s> but was <%s>", name, fragment, value);
        }
        return this;
    }

    /** The {@code errors} member, as field/message pairs (field is empty for the body as a whole). */
    public List<FieldError> fieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : problem().path("errors")) {
            errors.add(new FieldError(error.path("field").asString(""), error.path("message").asString("")));
        }
        return errors;
    }

    /** One entry of a problem's {@code errors}. */
    public record FieldError(String field, String message) {
    }

    ProblemAssert isWellFormedProblem() {
        isNotNull();
        String contentType = actual.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            failWithMessage("Expected Content-Type application/problem+json but was <%s>; status %s, body:%n%s",
                    contentType, actual.statusCode(), actual.body());
        }
        JsonNode body = problem();
        for (String member : new String[] {"type", "title", "status", "detail", "instance"}) {
            if (!body.has(member) || body.get(member).isNull()) {
                failWithMessage("Expected the problem to have <%s>; body:%n%s", member, actual.body());
            }
        }
        if (body.get("status").asInt() != actual.statusCode()) {
            failWithMessage("Expected status member %s to equal the HTTP status %s", body.get("status"), actual.statusCode());
        }
        return this;
    }

    /** Nothing that names Java classes, packages, stack frames or database internals. */
    public ProblemAssert revealsNothingInternal() {
        if (INTERNALS.matcher(actual.body()).find()) {
            failWithMessage("Expected the problem to reveal nothing internal but it was:%n%s", actual.body());
        }
        return this;
    }

    private ProblemAssert hasMember(String name, String expected) {
        String value = problem().path(name).asString(null);
        if (!expected.equals(value)) {
            failWithMessage("Expected %s <%s> but was <%s>; body:%n%s", name, expected, value, actual.body());
        }
        return this;
    }

    private JsonNode problem() {
        if (problem == null) {
            try {
                problem = JSON.readTree(actual.body());
            } catch (JacksonException notJson) {
                failWithMessage("Expected a JSON problem body but was:%n%s", actual.body());
            }
        }
        return problem;
    }
}
