package uk.nhs.cohortcoach.platform.support.outbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled        whether this instance relays (the outbox itself is always written)
 * @param pollInterval   pause between relay passes while things are flowing
 * @param retryInterval  pause after a pass that could not reach Kafka
 * @param sendTimeout    how long one publish may take before the pass gives up
 * @param batchSize      documents handled per collection per pass
 */
@Validated
@ConfigurationProperties("cohort-coach.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("PT0.2S") Duration pollInterval,
        @NotNull @DefaultValue("PT2S") Duration retryInterval,
        @NotNull @DefaultValue("PT10S") Duration sendTimeout,
        @Min(1) @Max(10_000) @DefaultValue("100") int batchSize) {
}
