package uk.nhs.cohortcoach.platform.events;

/** A record that is not a readable event: retrying cannot help, so it goes straight to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
