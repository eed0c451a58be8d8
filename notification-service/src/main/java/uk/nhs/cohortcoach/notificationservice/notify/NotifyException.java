package uk.nhs.cohortcoach.notificationservice.notify;

/**
 * Notify did not take an email. Two kinds: {@link NotifyRejectedException} (permanent: the request is
 * at fault, sending it again cannot help) and {@link NotifyUnavailableException} (transient: try again
 * later). Messages carry Notify's error text and status, never the email address or personalisation.
 */
public abstract sealed class NotifyException extends RuntimeException
        permits NotifyRejectedException, NotifyUnavailableException {

    NotifyException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
