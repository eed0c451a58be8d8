package uk.nhs.cohortcoach.gateway.edge;

/**
 * A request body grew past the gateway's limit while it was being read or passed on. Not a failure
 * of the service it was going to: circuit breakers neither count it nor answer it.
 */
public class RequestBodyTooLargeException extends RuntimeException {

    public RequestBodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes", null, false, false);
    }

    /** Whether the failure, or anything that caused it, is a body over the limit. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
