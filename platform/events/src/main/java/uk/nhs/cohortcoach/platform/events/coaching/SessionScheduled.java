package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A coaching session was planned with a collaborative. */
public record SessionScheduled(
        UUID eventId,
        Instant occurredAt,
        String sessionId,
        String cohortId,
        String collaborativeId,
        String coachId,
        String type,
        String title,
        Instant startsAt,
        Instant endsAt,
        String location,
        List<String> inviteeIds,
        String seriesId,
        String timeZone,
        String videoLink) implements CoachingEvent {

    public SessionScheduled {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
