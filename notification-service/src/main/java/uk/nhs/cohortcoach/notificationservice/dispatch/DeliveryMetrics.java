package uk.nhs.cohortcoach.notificationservice.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

/**
 * The delivery figures on {@code /actuator/prometheus}: {@code notifications_sent_total},
 * {@code notifications_failed_total}, {@code notifications_retried_total} (by purpose, and channel or
 * status), and {@code notifications_latency_seconds}: from the causing event's {@code occurredAt} to
 * the provider accepting the email (percentiles and histogram published).
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;
    private final Timer.Builder latency = Timer.builder("notifications.latency")
            .description("From the event that caused a message to the provider accepting it")
            .publishPercentiles(0.5, 0.99)
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofDays(3));

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(Purpose purpose, String channel, Duration sinceEvent) {
        Counter.builder("notifications.sent").tag("purpose", purpose.templateKey()).tag("channel", channel)
                .register(registry).increment();
        if (sinceEvent != null && !sinceEvent.isNegative()) {
            latency.tag("purpose", purpose.templateKey()).register(registry).record(sinceEvent);
        }
    }

    void failed(Purpose purpose, DeliveryStatus status) {
        Counter.builder("notifications.failed").tag("purpose", purpose.templateKey())
                .tag("status", status.name().toLowerCase(java.util.Locale.ROOT)).register(registry).increment();
    }

    void retried(Purpose purpose) {
        Counter.builder("notifications.retried").tag("purpose", purpose.templateKey()).register(registry).increment();
    }
}
