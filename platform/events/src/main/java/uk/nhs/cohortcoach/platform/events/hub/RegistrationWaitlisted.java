package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/** Someone registered for a full open event and joined its waiting list at {@code position} (1 is next). */
public record RegistrationWaitlisted(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        String registrationId,
        String name,
        String email,
        int position) implements HubEvent {

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
