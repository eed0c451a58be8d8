package uk.nhs.cohortcoach.web.api;

/** A service did not answer: refused the connection or took longer than the time limit (the 503 page). */
public class ApiUnavailableException extends RuntimeException {

    public ApiUnavailableException(String path, Throwable cause) {
        super("no answer from " + path + ": " + cause.getMessage(), cause);
    }
}
