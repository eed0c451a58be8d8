package uk.nhs.cohortcoach.platform.events.notification;

import uk.nhs.cohortcoach.platform.events.DomainEvent;

/** Events published by notification-service on {@link Topics#NOTIFICATION}. */
public sealed interface NotificationEvent extends DomainEvent
        permits NotificationDelivered, NotificationFailed {
}
