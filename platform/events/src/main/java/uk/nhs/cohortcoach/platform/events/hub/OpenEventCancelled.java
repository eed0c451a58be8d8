package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/** An open event was called off; every registration ends with it. */
public record OpenEventCancelled(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        String title,
        Instant startsAt,
        String timeZone,
        String reason) implements HubEvent {

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
