package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Instant;

/**
 * One attempt to send a message, kept in its history: when, through which channel ({@code notify} or {@code log}), what
 * came of it and, if it failed, why (the same words as the message's last error). A delivery receipt from Notify is kept
 * the same way (channel {@code notify}, outcome the receipt's status).
 */
public record Attempt(Instant at, String channel, Outcome outcome, String error) {

    /** What came of an attempt. */
    public enum Outcome {
        /** Notify accepted it and is delivering it. */
        ACCEPTED,
        /** Delivered (the log channel at once; Notify by its receipt). */
        DELIVERED,
        /** The provider could not be reached or was busy; it will be tried again. */
        TRY_AGAIN,
        /** Refused for good (the provider's rejection, or given up after too many tries). */
        FAILED
    }
}
