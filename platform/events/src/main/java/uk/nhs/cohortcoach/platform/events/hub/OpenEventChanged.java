package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/**
 * An open event's title, time, capacity or joining link changed; {@code sequence} counts the changes (the
 * calendar entry's SEQUENCE).
 */
public record OpenEventChanged(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        int capacity,
        String joiningLink,
        int sequence) implements HubEvent {

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
