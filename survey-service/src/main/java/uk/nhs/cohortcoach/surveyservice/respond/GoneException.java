package uk.nhs.cohortcoach.surveyservice.respond;

/** What was asked for existed but is no longer available (a closed wave): answered 410 with a {@code gone} problem. */
public class GoneException extends RuntimeException {

    /** @param detail shown to the client */
    public GoneException(String detail) {
        super(detail);
    }
}
