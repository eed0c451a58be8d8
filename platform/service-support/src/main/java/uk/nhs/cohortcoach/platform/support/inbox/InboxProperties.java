package uk.nhs.cohortcoach.platform.support.inbox;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the inbox remembers an event it has handled.
 *
 * @param processedRetention after this, a TTL index removes the {@code processed_events} record. It must
 *                           outlast the topics' retention (7 days in {@code k8s/base/kafka-topics.yaml}),
 *                           since a repeat can only come while the event is still on its topic; the
 *                           default, 14 days, is twice that, for a consumer that lags or is reset
 */
@Validated
@ConfigurationProperties("cohort-coach.inbox")
public record InboxProperties(@NotNull @DefaultValue("P14D") Duration processedRetention) {

    public InboxProperties {
        if (processedRetention != null && (processedRetention.isNegative() || processedRetention.toSeconds() < 1)) {
            throw new IllegalArgumentException("cohort-coach.inbox.processed-retention must be at least one second");
        }
    }
}
