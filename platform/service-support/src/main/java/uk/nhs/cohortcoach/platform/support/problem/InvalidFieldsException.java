package uk.nhs.cohortcoach.platform.support.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the domain that the request breaks, field by field (an end date before the start date,
 * an ODS code listed twice): answered 400 with a {@code validation} problem whose {@code errors}
 * name each field, in the order given (use an ordered map: the order of the form). Messages are shown to
 * the person as they come, under the field and in the error summary, so each is a whole sentence in GOV.UK's
 * style with no field name glued before it ("Select a coach from the list", "Enter a number of sessions from
 * 1 to 52"); words used by more than one rule of a service are a code of its message source in braces
 * ({@code "{NotNull.version}"}, the field as {0}). {@code ValidationMessagesContract} checks both in every
 * service's sources: see the service-support README, "Error messages".
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
