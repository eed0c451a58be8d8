package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/** A survey wave opened for a cohort. */
public record WaveOpened(
        UUID eventId,
        Instant occurredAt,
        String waveId,
        String cohortId,
        String label,
        String frameworkId,
        int frameworkVersion,
        Instant opensAt,
        Instant closesAt) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return waveId;
    }
}
