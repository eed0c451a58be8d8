package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open action's text or due date was changed. Carries the whole new state a consumer needs (owner, text, due
 * date) and the due date it had before, so a due reminder can be moved without looking anything up.
 */
public record ActionUpdated(
        UUID eventId,
        Instant occurredAt,
        String actionId,
        String collaborativeId,
        String ownerId,
        String description,
        LocalDate dueDate,
        LocalDate previousDueDate) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return actionId;
    }
}
