package uk.nhs.cohortcoach.gateway;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an {@link UnsafeConfigurationException} into Spring Boot's "APPLICATION FAILED TO START" report. */
class UnsafeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
