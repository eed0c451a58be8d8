package uk.nhs.cohortcoach.surveyservice.wave;

/**
 * Where a wave is in its life cycle: {@code SCHEDULED} until its opening time (nobody invited yet),
 * {@code OPEN} taking answers, then {@code CLOSED} (by hand or at its closing time); a scheduled wave
 * that never opened may be {@code CANCELLED}. The moves are {@link Wave}'s methods.
 */
public enum WaveStatus {
    SCHEDULED, OPEN, CLOSED, CANCELLED
}
