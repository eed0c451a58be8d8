package uk.nhs.cohortcoach.web.api;

/** An API answered 404: what the page is about does not exist, or not for this person (the 404 page). */
public class ApiNotFoundException extends RuntimeException {

    public ApiNotFoundException(String path) {
        super("404 from " + path);
    }
}
