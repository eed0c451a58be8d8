package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A programme manager deleted a session created by mistake (nothing depended on it: no log, no action, not
 * marked as did not happen). {@code alreadyCancelled} says whether the invitees were told of its cancellation
 * before; {@code sequence} is the calendar SEQUENCE a cancellation of it carries.
 */
public record SessionDeleted(
        UUID eventId,
        Instant occurredAt,
        String sessionId,
        String collaborativeId,
        String coachId,
        String title,
        Instant startsAt,
        Instant endsAt,
        List<String> inviteeIds,
        String timeZone,
        int sequence,
        boolean alreadyCancelled) implements CoachingEvent {

    public SessionDeleted {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
