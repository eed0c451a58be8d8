package uk.nhs.cohortcoach.platform.support.problem;

/**
 * Something the client asked for does not exist: answered 404 with a {@code not-found} problem whose
 * detail says what was not found. The wording is shown to the client, so name the thing as the API
 * does ("cohort 123"), never an internal class or collection.
 */
public class NotFoundException extends RuntimeException {

    /** @param what what was not found, as the client would name it: {@code "cohort 123"} */
    public NotFoundException(String what) {
        super(what + " was not found.");
    }

    /** Names the thing by its kind and identifier: {@code new NotFoundException("cohort", id)} says "cohort 123 was not found". */
    public NotFoundException(String kind, Object id) {
        this(kind + " " + id);
    }
}
