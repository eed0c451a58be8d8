package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Instant;

/** What a programme manager gives to open a wave. */
public record WaveDetails(String cohortId, String label, String frameworkId, int frameworkNumber, Instant opensAt, Instant closesAt) {
}
