package uk.nhs.cohortcoach.platform.support.inbox;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the inbox remembers an event it has handled.
 *
 * @param processedRetention after this, a {@code processed_events} record is removed (a TTL index on real
 *                           MongoDB, and {@link ProcessedEventsSweep} everywhere). It must outlast the topics'
 *                           retention ({@code k8s/base/kafka-topics.yaml}: 7 days for most topics, 28 for
 *                           the compacted-later ones; the local broker keeps Kafka's default 7), since a
 *                           repeat can only come while the event is still on its topic; the default, 35 days,
 *                           is the longest of those and a week more, for a consumer that lags or is reset
 * @param sweepInterval      how often the sweep removes expired records (the Mongo wire server, used locally
 *                           and in tests, keeps TTL indexes but never deletes anything)
 */
@Validated
@ConfigurationProperties("cohort-coach.inbox")
public record InboxProperties(
        @NotNull @DefaultValue("P35D") Duration processedRetention,
        @NotNull @DefaultValue("PT1H") Duration sweepInterval) {

    public InboxProperties {
        if (processedRetention != null && (processedRetention.isNegative() || processedRetention.toSeconds() < 1)) {
            throw new IllegalArgumentException("cohort-coach.inbox.processed-retention must be at least one second");
        }
        if (sweepInterval != null && (sweepInterval.isNegative() || sweepInterval.toSeconds() < 1)) {
            throw new IllegalArgumentException("cohort-coach.inbox.sweep-interval must be at least one second");
        }
    }
}
