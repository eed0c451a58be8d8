package uk.nhs.cohortcoach.platform.support.input;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query or path parameters that break a rule every parameter shares: answered 400 with an
 * {@code invalid-parameter} problem naming each one.
 */
public final class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> errors;

    InvalidParameterException(Map<String, String> errors) {
        super("invalid parameters: " + errors.keySet());
        this.errors = new LinkedHashMap<>(errors);
    }

    /** Parameter name → what is wrong with it, in the order they were sent. */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }
}
