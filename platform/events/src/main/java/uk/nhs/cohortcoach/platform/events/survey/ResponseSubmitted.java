package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/** An invitation was used to submit a response; says nothing of the answers. */
public record ResponseSubmitted(
        UUID eventId,
        Instant occurredAt,
        String waveId,
        String invitationId,
        String collaborativeId) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return waveId;
    }
}
