package uk.nhs.cohortcoach.web.api;

/** An API answered 401: the person's token expired or was refused, so they sign in again. */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("the platform token was refused");
    }
}
