package uk.nhs.cohortcoach.platform.events.survey;

import java.time.Instant;
import java.util.UUID;

/**
 * A scheduled wave was cancelled before it opened, so it never will: nobody was invited. {@code reason} is
 * {@code MANAGER} (a programme manager cancelled it) or {@code COHORT_GONE} (its cohort was deleted before its
 * opening time, so the wave job cancelled it instead of opening it).
 */
public record WaveCancelled(
        UUID eventId,
        Instant occurredAt,
        String waveId,
        String cohortId,
        String reason) implements SurveyEvent {

    public static final String BY_MANAGER = "MANAGER";
    public static final String COHORT_GONE = "COHORT_GONE";

    @Override
    public String aggregateId() {
        return waveId;
    }
}
