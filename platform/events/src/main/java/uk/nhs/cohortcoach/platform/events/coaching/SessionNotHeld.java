package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.UUID;

/** A scheduled session did not happen: its coach or a programme manager said so after its start, with the reason. */
public record SessionNotHeld(
        UUID eventId,
        Instant occurredAt,
        String sessionId,
        String collaborativeId,
        String coachId,
        String reason,
        Instant startsAt) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
