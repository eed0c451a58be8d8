package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/**
 * An open event's recording was published to the knowledge hub as the resource {@code resourceId}; every
 * registrant is told.
 */
public record RecordingPublished(
        UUID eventId,
        Instant occurredAt,
        String openEventId,
        String resourceId,
        String title,
        String videoLink) implements HubEvent {

    @Override
    public String aggregateId() {
        return openEventId;
    }
}
