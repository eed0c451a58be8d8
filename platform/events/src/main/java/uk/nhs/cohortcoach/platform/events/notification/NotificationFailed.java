package uk.nhs.cohortcoach.platform.events.notification;

import java.time.Instant;
import java.util.UUID;

/** A message could not be sent; {@code permanent} when retrying cannot help. */
public record NotificationFailed(
        UUID eventId,
        Instant occurredAt,
        String notificationId,
        String recipientId,
        String kind,
        String reason,
        boolean permanent) implements NotificationEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
