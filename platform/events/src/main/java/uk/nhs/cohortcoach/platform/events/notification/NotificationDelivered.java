package uk.nhs.cohortcoach.platform.events.notification;

import java.time.Instant;
import java.util.UUID;

/** The email provider accepted a message. */
public record NotificationDelivered(
        UUID eventId,
        Instant occurredAt,
        String notificationId,
        String recipientId,
        String kind,
        String providerReference) implements NotificationEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
