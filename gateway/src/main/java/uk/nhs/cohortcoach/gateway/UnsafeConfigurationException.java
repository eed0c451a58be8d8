package uk.nhs.cohortcoach.gateway;

/**
 * The gateway refuses to start because its configuration would be unsafe where it runs (for
 * example demo accounts under the {@code prod} profile). Reported at start-up by
 * {@link UnsafeConfigurationFailureAnalyzer} as a plain description and the action to take.
 */
public class UnsafeConfigurationException extends RuntimeException {

    private final String action;

    public UnsafeConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
