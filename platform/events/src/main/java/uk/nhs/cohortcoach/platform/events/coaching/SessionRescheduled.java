package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.UUID;

/** A session moved; {@code sequence} rises with every change (as iCalendar SEQUENCE). */
public record SessionRescheduled(
        UUID eventId,
        Instant occurredAt,
        String sessionId,
        String collaborativeId,
        String coachId,
        Instant startsAt,
        Instant endsAt,
        String location,
        String reason,
        int sequence) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
