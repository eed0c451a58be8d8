package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation was used to submit a response: its reminders stop, and the wave's progress counts it.
 * Says which invitation, never which response: no response id, no answers or comments, no role. The
 * stored response keeps no time, no submission order and no id an invitation or event holds, so this
 * event's {@code occurredAt} (and the Kafka record's timestamp) has nothing to be paired with; no event
 * is published about the stored response itself. Pinned by {@code contracts/survey/ResponseSubmitted.v1.json}.
 */
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
