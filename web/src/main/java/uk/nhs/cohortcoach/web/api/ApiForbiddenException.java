package uk.nhs.cohortcoach.web.api;

/** An API answered 403: the person may not do this (the 403 page). */
public class ApiForbiddenException extends RuntimeException {

    public ApiForbiddenException(String path) {
        super("403 from " + path);
    }
}
