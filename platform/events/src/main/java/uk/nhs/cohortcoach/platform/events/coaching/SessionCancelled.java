package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session was called off. */
public record SessionCancelled(
        UUID eventId,
        Instant occurredAt,
        String sessionId,
        String collaborativeId,
        String coachId,
        String reason,
        String title,
        Instant startsAt,
        List<String> inviteeIds,
        String timeZone,
        int sequence) implements CoachingEvent {

    public SessionCancelled {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
