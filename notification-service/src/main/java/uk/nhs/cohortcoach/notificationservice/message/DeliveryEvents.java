package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Instant;
import java.util.UUID;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.notification.NotificationDelivered;
import uk.nhs.cohortcoach.platform.events.notification.NotificationFailed;

/** The events a message's new state tells the platform about: delivered, or failed (permanently or not). */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    public static DomainEvent[] of(Message message, Instant now) {
        if (message.status() == DeliveryStatus.DELIVERED) {
            return new DomainEvent[] {new NotificationDelivered(UUID.randomUUID(), now, message.id(), message.recipientId(),
                    message.purpose().name(), message.providerReference())};
        }
        if (message.status().isFailure()) {
            return new DomainEvent[] {new NotificationFailed(UUID.randomUUID(), now, message.id(), message.recipientId(),
                    message.purpose().name(), message.lastError(), message.status() == DeliveryStatus.PERMANENT_FAILURE)};
        }
        return new DomainEvent[0];
    }
}
