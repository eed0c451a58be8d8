package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.List;
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
        int sequence,
        String title,
        List<String> inviteeIds,
        String timeZone,
        String videoLink,
        Instant previousStartsAt) implements CoachingEvent {

    public SessionRescheduled {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
