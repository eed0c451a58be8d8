package uk.nhs.cohortcoach.notificationservice.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the delivery log keeps what a message said.
 *
 * @param content       after this from its completion, a settled message loses its personalisation
 *                      ({@code NOTIFICATION_CONTENT_RETENTION}, default 90 days)
 * @param checkInterval how often {@link ContentRetention} looks for such messages
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.retention")
record RetentionProperties(@NotNull @DefaultValue("P90D") Duration content, @NotNull @DefaultValue("PT1H") Duration checkInterval) {
}
