package uk.nhs.cohortcoach.platform.support.problem;

/**
 * The request would make a second of something that must be unique (a name within its cohort, an
 * email): answered 409 with a {@code duplicate} problem that names the field, says what it clashes
 * with in words for the client, and gives the id of the thing it clashes with as {@code conflictsWith}.
 * A {@link ConflictException}, so code that handles conflicts handles this one too.
 */
public class DuplicateException extends ConflictException {

    private final String field;
    private final String fieldMessage;
    private final String conflictsWith;

    /**
     * @param detail        the clash, for the client: "A collaborative called 'X' is already in this cohort."
     * @param field         the JSON path of the field that must be unique, as the client sent it ({@code name})
     * @param fieldMessage  what is wrong with that field, as a sentence of its own shown under it ("There is already a
     *                      collaborative with this name in this cohort"), or a code of the message source in braces
     * @param conflictsWith the id of what it clashes with
     */
    public DuplicateException(String detail, String field, String fieldMessage, String conflictsWith) {
        super(detail, "duplicate");
        this.field = field;
        this.fieldMessage = fieldMessage;
        this.conflictsWith = conflictsWith;
    }

    public String field() {
        return field;
    }

    public String fieldMessage() {
        return fieldMessage;
    }

    public String conflictsWith() {
        return conflictsWith;
    }
}
