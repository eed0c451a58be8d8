package uk.nhs.cohortcoach.platform.support.input;

/**
 * Thrown by this package's converters for a parameter value of the right shape that breaks a shared
 * rule (a date outside {@link DomainDates}); its message is said of the parameter, e.g. "must be a
 * date between 2000-01-01 and 2100-12-31".
 */
public final class InvalidParameterValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidParameterValueException(String message) {
        super(message);
    }
}
