package uk.nhs.cohortcoach.notificationservice.dispatch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dispatcher works through due messages.
 *
 * @param enabled       whether this instance sends (messages are stored either way)
 * @param pollInterval  pause between passes
 * @param batchSize     messages one pass takes at most
 * @param lease         how long a claim on a message lasts; a crashed holder's messages are taken again after it
 * @param retryFirst    wait after the first failed hand-over (provider down); doubles each time
 * @param retryMax      the longest wait between hand-overs
 * @param maxAttempts   hand-overs before a message is given up as a technical failure (a manager may retry it)
 * @param instance      this instance's name in claims (the pod name in Kubernetes)
 * @param concurrency   messages this instance hands over at the same time (the rate limiter still caps the rate)
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.dispatch")
record DispatchProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("PT0.5S") Duration pollInterval,
        @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
        @NotNull @DefaultValue("PT2M") Duration lease,
        @NotNull @DefaultValue("PT30S") Duration retryFirst,
        @NotNull @DefaultValue("PT15M") Duration retryMax,
        @Min(1) @DefaultValue("40") int maxAttempts,
        @NotBlank @DefaultValue("local") String instance,
        @Min(1) @Max(64) @DefaultValue("4") int concurrency) {

    /** The wait after the given number of failed hand-overs (1, 2, ...): exponential, capped. */
    Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = retryFirst.multipliedBy(1L << Math.min(doublings, 20));
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
