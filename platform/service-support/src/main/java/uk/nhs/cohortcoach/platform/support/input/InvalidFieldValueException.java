package uk.nhs.cohortcoach.platform.support.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that breaks a rule every field shares (text rules, the date range, a
 * date sent as a number). Carries the words for the field's error; Jackson adds the path as it
 * unwinds.
 */
public final class InvalidFieldValueException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    /** Message code of text that breaks the text rules (a control character, say). */
    public static final String INVALID_TEXT = "invalidText";
    /** Message code of a date, or date and time, written in another form (Spring's own code for a value of the wrong type). */
    public static final String TYPE_MISMATCH = "typeMismatch";
    /** Message code of a date outside the range every date must fall in. */
    public static final String DATE_RANGE = "dateRange";

    private final String fieldMessage;
    private final String code;

    InvalidFieldValueException(JsonParser parser, String code, String fieldMessage, Class<?> targetType) {
        super(parser, "Invalid field value: " + fieldMessage, targetType);
        this.fieldMessage = fieldMessage;
        this.code = code;
    }

    /** The message code a service can word this with, by field ({@code dateRange.startDate}); one of the constants here. */
    public String code() {
        return code;
    }

    /** What is wrong, said of the field, e.g. "must not contain control characters". */
    public String fieldMessage() {
        return fieldMessage;
    }
}
