package uk.nhs.cohortcoach.platform.support.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem a service answers with. Each has a stable {@code type} URI that clients may
 * rely on (the test kit's {@code ProblemTypes} mirrors these), a status and a short title.
 */
enum ProblemKind {

    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "Malformed JSON"),
    UNKNOWN_FIELD("unknown-field", HttpStatus.BAD_REQUEST, "Unknown field"),
    INVALID_VALUE("invalid-value", HttpStatus.BAD_REQUEST, "Invalid value"),
    FORBIDDEN_FIELD_NAME("forbidden-field-name", HttpStatus.BAD_REQUEST, "Field name not allowed"),
    MISSING_PARAMETER("missing-parameter", HttpStatus.BAD_REQUEST, "Missing parameter"),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    CONCURRENT_MODIFICATION("concurrent-modification", HttpStatus.CONFLICT, "Changed by someone else"),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "Already exists"),
    CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    static final String TYPE_BASE = "https://cohort-coach.nhs.uk/problems/";

    /** The JSON member that lists field problems. */
    static final String ERRORS = "errors";

    private final URI type;
    private final HttpStatus status;
    private final String title;

    ProblemKind(String slug, HttpStatus status, String title) {
        this.type = URI.create(TYPE_BASE + slug);
        this.status = status;
        this.title = title;
    }

    URI type() {
        return type;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        applyTo(problem);
        return problem;
    }

    ProblemDetail problem(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(detail);
        if (!errors.isEmpty()) {
            problem.setProperty(ERRORS, errors.stream().map(ProblemKind::asJson).toList());
        }
        return problem;
    }

    void applyTo(ProblemDetail problem) {
        problem.setType(type);
        problem.setTitle(title);
    }

    /**
     * The kind a framework-made problem of this status belongs to, when nothing more specific is
     * known; empty for statuses without a kind of their own, which keep {@code about:blank}.
     */
    static Optional<ProblemKind> forStatus(HttpStatusCode status) {
        return Optional.ofNullable(switch (status.value()) {
            case 400 -> BAD_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> INTERNAL_ERROR;
            default -> null;
        });
    }

    private static Map<String, String> asJson(FieldProblem error) {
        Map<String, String> json = new LinkedHashMap<>();
        if (!error.field().isEmpty()) {
            json.put("field", error.field());
        }
        json.put("message", error.message());
        return json;
    }
}
