package uk.nhs.cohortcoach.platform.support.outbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled          whether this instance relays (the outbox itself is always written)
 * @param recoveryInterval pause between the relay's own passes; a write in this process wakes it at
 *                         once, so the poll only finds what a crash or another process left
 * @param retryInterval    pause after a pass that could not reach Kafka
 * @param sendTimeout      how long one publish may take before the pass gives up
 * @param batchSize        pending writes handled per pass
 * @param inFlightGrace    a pointer whose events are in no document is removed once it is this old:
 *                         longer than any write can take between its pointer and its document
 *                         (the driver's server selection alone may wait 30 s)
 * @param legacyScan       at the first start, look once through every collection for events written
 *                         before pointers existed
 */
@Validated
@ConfigurationProperties("cohort-coach.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("PT2S") Duration recoveryInterval,
        @NotNull @DefaultValue("PT2S") Duration retryInterval,
        @NotNull @DefaultValue("PT10S") Duration sendTimeout,
        @Min(1) @Max(10_000) @DefaultValue("500") int batchSize,
        @NotNull @DefaultValue("PT5M") Duration inFlightGrace,
        @DefaultValue("true") boolean legacyScan) {

    public OutboxProperties {
        if (inFlightGrace != null && inFlightGrace.compareTo(Duration.ofSeconds(35)) < 0) {
            throw new IllegalArgumentException(
                    "cohort-coach.outbox.in-flight-grace must be at least 35s (a write may wait 30s for a server)");
        }
        if (recoveryInterval != null && recoveryInterval.toMillis() < 10) {
            throw new IllegalArgumentException("cohort-coach.outbox.recovery-interval must be at least 10ms");
        }
    }
}
