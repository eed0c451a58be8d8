package uk.nhs.cohortcoach.platform.events.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open action was given to someone else: a person of the programme ({@code ownerId}, with their name), or a
 * named person outside it ({@code ownerId} null, {@code ownerName} and {@code ownerEmail}, the only address they
 * have: the new owner of an outsider's action is written to there). {@code ownerEmail} is null for a person of the
 * programme, whose address notification-service already holds. The previous owner is named the same way, without
 * an email.
 */
public record ActionReassigned(
        UUID eventId,
        Instant occurredAt,
        String actionId,
        String sessionId,
        String collaborativeId,
        String previousOwnerId,
        String previousOwnerName,
        String ownerId,
        String ownerName,
        String ownerEmail,
        String description,
        LocalDate dueDate) implements CoachingEvent {

    @Override
    public String aggregateId() {
        return actionId;
    }
}
