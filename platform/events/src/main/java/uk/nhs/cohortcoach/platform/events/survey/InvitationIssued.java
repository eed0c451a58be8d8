package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/** A person was invited to answer a wave (the token itself never travels in an event). */
public record InvitationIssued(
        UUID eventId,
        Instant occurredAt,
        String waveId,
        String invitationId,
        String personId,
        String collaborativeId,
        Instant closesAt) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return waveId;
    }
}
