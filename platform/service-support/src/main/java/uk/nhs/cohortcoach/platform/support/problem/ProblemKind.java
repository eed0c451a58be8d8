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

    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request",
            "The request has invalid values."),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "Malformed JSON",
            "The request body is not well-formed JSON."),
    UNKNOWN_FIELD("unknown-field", HttpStatus.BAD_REQUEST, "Unknown field",
            "The request body has a field this service does not know."),
    INVALID_VALUE("invalid-value", HttpStatus.BAD_REQUEST, "Invalid value",
            "The request body has a value of the wrong type or format."),
    FORBIDDEN_FIELD_NAME("forbidden-field-name", HttpStatus.BAD_REQUEST, "Field name not allowed",
            "Field names must not start with '$' or contain '.' or a NUL character."),
    MISSING_PARAMETER("missing-parameter", HttpStatus.BAD_REQUEST, "Missing parameter",
            "A required parameter is missing."),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter",
            "A parameter has a value of the wrong type or format."),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request",
            "The request is not valid."),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Sign-in needed",
            "Sign in, or send a valid token, to use this."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed",
            "You are signed in but not allowed to do this."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found",
            "Nothing exists at this address."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
            "This method is not allowed here; the Allow header lists those that are."),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
            "This resource cannot be given in the media type asked for; ask for application/json."),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict",
            "The request clashes with the current state."),
    CONCURRENT_MODIFICATION("concurrent-modification", HttpStatus.CONFLICT, "Changed by someone else",
            "This was changed by someone else after you loaded it. Reload it, then make your change again."),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "Already exists",
            "Something with the same unique value already exists."),
    CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large",
            "The request body is larger than this service accepts."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "Send the request body as application/json."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Something went wrong on our side. Quote the correlation id if you report it.");

    static final String TYPE_BASE = "https://cohort-coach.nhs.uk/problems/";

    /** The JSON member that lists field problems. */
    static final String ERRORS = "errors";

    private final URI type;
    private final HttpStatus status;
    private final String title;
    private final String defaultDetail;

    ProblemKind(String slug, HttpStatus status, String title, String defaultDetail) {
        this.type = URI.create(TYPE_BASE + slug);
        this.status = status;
        this.title = title;
        this.defaultDetail = defaultDetail;
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

    /** What to tell the client when nothing more specific is known. */
    String defaultDetail() {
        return defaultDetail;
    }

    ProblemDetail problem() {
        return problem(defaultDetail);
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
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
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
