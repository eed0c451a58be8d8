package uk.nhs.cohortcoach.gateway.routing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The time limit and circuit breaker each service's route gets (one breaker per service, named as
 * the service; the web module's routes get one named {@code web}). Failures are timeouts, connection failures and the {@code failureStatuses}, which
 * may only be 502 and above: a 4xx is the caller's problem, and a 500 is an answer a caller can
 * provoke with a request the service chokes on, so neither ever counts (or one caller could shut the
 * route for everyone).
 *
 * @param timeout              longest wait for a service's answer before the caller gets 503
 * @param slidingWindow        how many recent calls the failure rate is computed over
 * @param minimumCalls         calls needed before the failure rate can open the circuit
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param openFor              how long an open circuit refuses calls before letting a few through
 * @param halfOpenCalls        trial calls let through after {@code openFor}
 * @param failureStatuses      service answers counted (and answered) as the service being unavailable:
 *                             gateway and availability statuses (502, 503, 504), never 500 or a 4xx
 */
@Validated
@ConfigurationProperties("cohort-coach.gateway.resilience")
record ResilienceProperties(
        @NotNull @DefaultValue("PT10S") Duration timeout,
        @Min(1) @DefaultValue("20") int slidingWindow,
        @Min(1) @DefaultValue("10") int minimumCalls,
        @Min(1) @Max(100) @DefaultValue("50") int failureRateThreshold,
        @NotNull @DefaultValue("PT30S") Duration openFor,
        @Min(1) @DefaultValue("3") int halfOpenCalls,
        @NotEmpty @DefaultValue({"502", "503", "504"})
        Set<@Min(value = 502, message = "must be 502 or above: 4xx and 500 answers can be caused by the caller")
            @Max(599) Integer> failureStatuses) {
}
