package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action was done. */
public record ActionCompleted(
        UUID eventId,
        Instant occurredAt,
        String actionId,
        String collaborativeId,
        LocalDate completedOn) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return actionId;
    }
}
