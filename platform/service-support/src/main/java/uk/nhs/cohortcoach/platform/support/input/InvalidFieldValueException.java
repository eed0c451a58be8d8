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

    private final String fieldMessage;

    InvalidFieldValueException(JsonParser parser, String fieldMessage, Class<?> targetType) {
        super(parser, "Invalid field value: " + fieldMessage, targetType);
        this.fieldMessage = fieldMessage;
    }

    /** What is wrong, said of the field, e.g. "must not contain control characters". */
    public String fieldMessage() {
        return fieldMessage;
    }
}
