package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action was agreed in a session, with an owner and a due date. */
public record ActionAssigned(
        UUID eventId,
        Instant occurredAt,
        String actionId,
        String sessionId,
        String collaborativeId,
        String ownerId,
        String description,
        LocalDate dueDate,
        String ownerName) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return actionId;
    }
}
