package uk.nhs.cohortcoach.platform.support.inbox;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a failing record is retried before it goes to {@code <topic>.DLT}.
 *
 * @param retries         retries after the first attempt
 * @param initialInterval back-off before the first retry
 * @param multiplier      back-off growth per retry
 * @param maxInterval     longest back-off
 */
@Validated
@ConfigurationProperties("cohort-coach.consumer")
public record DeadLetterProperties(
        @Min(0) @Max(20) @DefaultValue("3") int retries,
        @NotNull @DefaultValue("PT0.5S") Duration initialInterval,
        @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
        @NotNull @DefaultValue("PT5S") Duration maxInterval) {
}
