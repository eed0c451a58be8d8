package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/**
 * The invited person asked for their survey link again ("Send me my link again"): the invitation moved to link
 * {@code linkGeneration}, whose token notification-service derives with the link secret
 * ({@code InvitationTokens.token(secret, invitationId, linkGeneration)}) and emails; every older link stopped working.
 * The token itself never travels in an event. Nothing of a response: the draft stays where it was.
 *
 * @param personId       whom to email (the invitation's person)
 * @param linkGeneration the link now valid (1 for the first reissue, and so on)
 * @param closesAt       when the wave closes, for the email
 */
public record InvitationLinkReissued(
        UUID eventId,
        Instant occurredAt,
        String waveId,
        String invitationId,
        String personId,
        int linkGeneration,
        Instant closesAt) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return waveId;
    }
}
