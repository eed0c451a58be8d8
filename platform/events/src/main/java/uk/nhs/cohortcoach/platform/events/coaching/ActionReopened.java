package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A done action was opened again: it is owed once more by its owner, by its due date. */
public record ActionReopened(
        UUID eventId,
        Instant occurredAt,
        String actionId,
        String collaborativeId,
        String ownerId,
        String description,
        LocalDate dueDate,
        LocalDate previouslyCompletedOn) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return actionId;
    }
}
