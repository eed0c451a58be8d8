package uk.nhs.cohortcoach.platform.events.hub;

import java.time.Instant;
import java.util.UUID;

/** A published resource was archived: it is no longer listed or readable by its audience. */
public record ResourceArchived(
        UUID eventId,
        Instant occurredAt,
        String resourceId) implements HubEvent {

    @Override
    public String aggregateId() {
        return resourceId;
    }
}
