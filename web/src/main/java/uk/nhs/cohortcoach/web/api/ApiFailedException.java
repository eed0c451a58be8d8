package uk.nhs.cohortcoach.web.api;

/** An API answered with an error web cannot show on a form (5xx, or an unexpected 4xx): the 500 page. */
public class ApiFailedException extends RuntimeException {

    private final int status;

    public ApiFailedException(int status, String path) {
        super(status + " from " + path);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
