package uk.nhs.cohortcoach.notificationservice.notify;

/**
 * Notify could not be reached or asked us to wait: 429, 408, 5xx, connection refused, connect or read
 * timeout. The only failure the {@code notify} retry repeats and the {@code notify} circuit breaker counts.
 */
public final class NotifyUnavailableException extends NotifyException {

    public NotifyUnavailableException(String reason) {
        super(reason, null);
    }

    public NotifyUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
