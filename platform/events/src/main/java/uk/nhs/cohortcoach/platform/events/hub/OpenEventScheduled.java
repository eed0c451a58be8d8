package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/**
 * An open peer-learning event (not tied to a collaborative) was announced. Times are instants; {@code timeZone}
 * is the zone its times are shown in (Europe/London). {@code joiningLink} is given only to confirmed
 * registrants.
 */
public record OpenEventScheduled(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        int capacity,
        String joiningLink) implements HubEvent {

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
