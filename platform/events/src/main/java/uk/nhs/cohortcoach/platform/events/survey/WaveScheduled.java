package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/**
 * A survey wave was created for a cohort to open later: nobody is invited and nothing is announced until its
 * WaveOpened at {@code opensAt}, or it is cancelled first (WaveCancelled). The same facts as WaveOpened.
 */
public record WaveScheduled(
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
