package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone has a place at an open event: registered while places were left, or promoted from the waiting list
 * ({@code fromWaitingList}) when someone cancelled. Keyed by the open event. Carries what the confirmation email
 * needs and nothing more (no organisation or job role).
 */
public record RegistrationConfirmed(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        String registrationId,
        String name,
        String email,
        boolean fromWaitingList) implements HubEvent {

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
