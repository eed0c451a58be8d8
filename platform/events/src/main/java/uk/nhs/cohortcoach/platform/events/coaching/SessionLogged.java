package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The coach recorded what happened in a session. */
public record SessionLogged(
        UUID eventId,
        Instant occurredAt,
        String sessionId,
        String collaborativeId,
        String coachId,
        List<String> attendeeIds,
        List<String> themes,
        boolean equityPauseHeld) implements CoachingEvent {

    public SessionLogged {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
