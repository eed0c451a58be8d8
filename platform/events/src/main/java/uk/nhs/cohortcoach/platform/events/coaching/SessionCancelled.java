package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.UUID;

/** A session was called off. */
public record SessionCancelled(
        UUID eventId,
        Instant occurredAt,
        String sessionId,
        String collaborativeId,
        String coachId,
        String reason) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
