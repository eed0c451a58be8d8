package uk.nhs.cohortcoach.notificationservice.notify;

/**
 * Notify refused the request for good (400 bad request, 403 authentication; also any other 4xx but
 * 408 and 429). Never retried, never counted by the circuit breaker.
 */
public final class NotifyRejectedException extends NotifyException {

    private final int status;

    public NotifyRejectedException(int status, String reason) {
        super(reason, null);
        this.status = status;
    }

    /** The HTTP status Notify answered (0 when the request was never made, e.g. no template id). */
    public int status() {
        return status;
    }

    public String reason() {
        return getMessage();
    }
}
