package uk.nhs.cohortcoach.platform.support.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the domain that the request breaks, field by field (an end date before the start date,
 * an ODS code listed twice): answered 400 with a {@code validation} problem whose {@code errors}
 * name each field, in the order given (use an ordered map: the order of the form). Messages are shown to
 * the client, so write them for them.
 */
public class InvalidFieldsException extends RuntimeException {

    private final Map<String, String> errors;

    /** @param errors JSON path of each field as the client sent it (e.g. {@code members[1].odsCode}) → message */
    public InvalidFieldsException(Map<String, String> errors) {
        super("invalid fields: " + errors.keySet());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one field");
        }
        this.errors = new LinkedHashMap<>(errors);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }
}
