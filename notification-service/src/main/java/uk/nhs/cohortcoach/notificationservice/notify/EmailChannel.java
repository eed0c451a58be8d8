package uk.nhs.cohortcoach.notificationservice.notify;

/**
 * Where email goes: GOV.UK Notify when a key is configured, otherwise the local log channel. Never
 * throws for a provider problem; the outcome says what happened.
 */
public interface EmailChannel {

    SendOutcome send(Email email);

    /** A short name for logs and metrics: {@code notify} or {@code log}. */
    String name();
}
