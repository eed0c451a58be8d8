package uk.nhs.cohortcoach.platform.events;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id that follows one request through the gateway, the services and their events.
 * An id from outside is kept only if it is short and made of safe characters, so it can never
 * forge a log line or carry personal data of any size; anything else is replaced by a fresh UUID.
 */
public final class CorrelationIds {

    /** HTTP header that carries the id, on requests and responses. */
    public static final String HEADER = "X-Correlation-Id";

    /** Logging MDC key (and event envelope field) under which the id is kept. */
    public static final String MDC_KEY = "correlationId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private CorrelationIds() {
    }

    /** Whether an id supplied by a caller may be kept as it is. */
    public static boolean isAcceptable(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    /** The caller's id if acceptable, otherwise a new one. */
    public static String acceptOrCreate(String candidate) {
        return isAcceptable(candidate) ? candidate : create();
    }

    /** A new random id. */
    public static String create() {
        return UUID.randomUUID().toString();
    }
}
