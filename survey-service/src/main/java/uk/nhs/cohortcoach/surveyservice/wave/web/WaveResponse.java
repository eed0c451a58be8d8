package uk.nhs.cohortcoach.surveyservice.wave.web;

import java.time.Instant;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/** A wave as the API shows it, with its response rate (invited, submitted) where asked for. */
record WaveResponse(String id, String cohortId, String label, String frameworkId, int frameworkNumber, Instant opensAt,
        Instant closesAt, WaveStatus status, Instant closedAt, String closedBy, Instant autoReminderAt, Counts counts) {

    record Counts(long invited, long submitted) {
    }

    static WaveResponse of(Wave wave, Counts counts) {
        return new WaveResponse(wave.id(), wave.cohortId(), wave.label(), wave.frameworkId(), wave.frameworkNumber(), wave.opensAt(),
                wave.closesAt(), wave.status(), wave.closedAt(), wave.closedBy(), wave.autoReminderAt(), counts);
    }
}
