package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Invitees of a wave who have not submitted should be reminded: asked for by a programme manager
 * ({@code MANUAL}) or due before the closing time ({@code AUTOMATIC}). Carries only invitation ids;
 * the notification service knows who they are from InvitationIssued.
 */
public record ReminderRequested(
        UUID eventId,
        Instant occurredAt,
        String waveId,
        List<String> invitationIds,
        String reason,
        Instant closesAt) implements SurveyEvent {

    public ReminderRequested {
        invitationIds = invitationIds == null ? List.of() : List.copyOf(invitationIds);
    }

    @Override
    public String aggregateId() {
        return waveId;
    }
}
