package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/** A wave stopped taking responses, by hand or at its closing time. */
public record WaveClosed(
        UUID eventId,
        Instant occurredAt,
        String waveId,
        String cohortId,
        String closedBy) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return waveId;
    }
}
