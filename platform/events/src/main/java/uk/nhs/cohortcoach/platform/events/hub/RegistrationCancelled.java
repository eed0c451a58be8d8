package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/**
 * A registration (a place or a waiting-list entry, {@code hadPlace} says which) was cancelled by its holder's
 * link or by a programme manager.
 */
public record RegistrationCancelled(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        String registrationId,
        boolean hadPlace) implements HubEvent {

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
