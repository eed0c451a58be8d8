package uk.nhs.cohortcoach.platform.test.problem;

/**
 * The {@code type} URI of each kind of problem a service answers with. Mirrors service-support's
 * problem kinds (a test there fails if the two drift apart); test-support cannot depend on
 * service-support, so the URIs are repeated here.
 */
public final class ProblemTypes {

    public static final String BASE = "https://cohort-coach.nhs.uk/problems/";

    /** Bean Validation failed for the body or a parameter; {@code errors} lists the fields. */
    public static final String VALIDATION = BASE + "validation";
    /** The body is not well-formed JSON, or is missing. */
    public static final String MALFORMED_JSON = BASE + "malformed-json";
    /** The body has a field the endpoint does not know; {@code errors} names it. */
    public static final String UNKNOWN_FIELD = BASE + "unknown-field";
    /** A body value has the wrong JSON type or format (a string for a number, a bad date or enum, null for a number). */
    public static final String INVALID_VALUE = BASE + "invalid-value";
    /** A body key starts with '$', contains '.' or a NUL character (MongoDB operator or path). */
    public static final String FORBIDDEN_FIELD_NAME = BASE + "forbidden-field-name";
    /** A required query parameter is missing. */
    public static final String MISSING_PARAMETER = BASE + "missing-parameter";
    /** A query or path parameter cannot be read as its type. */
    public static final String INVALID_PARAMETER = BASE + "invalid-parameter";
    /** Any other client mistake answered 400. */
    public static final String BAD_REQUEST = BASE + "bad-request";
    /** No valid sign-in or token (401). */
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    /** Signed in but not allowed (403). */
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    /** The request clashes with the current state (409). */
    public static final String CONFLICT = BASE + "conflict";
    /** Someone else changed the resource since the client read it (optimistic lock, 409). */
    public static final String CONCURRENT_MODIFICATION = BASE + "concurrent-modification";
    /** Something with the same unique value exists (409). */
    public static final String DUPLICATE = BASE + "duplicate";
    public static final String CONTENT_TOO_LARGE = BASE + "content-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String INTERNAL_ERROR = BASE + "internal-error";

    private ProblemTypes() {
    }
}
