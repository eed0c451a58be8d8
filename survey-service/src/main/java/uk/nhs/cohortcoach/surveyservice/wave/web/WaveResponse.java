package uk.nhs.cohortcoach.surveyservice.wave.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.surveyservice.results.WaveCounts;
import uk.nhs.cohortcoach.surveyservice.wave.ScheduledReminder;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * A wave as the API shows it, with its automatic reminders ({@code dueAt}, {@code state} {@code DUE}, {@code SENT} or
 * {@code SKIPPED}; {@code nextReminderAt} the next one due) and its counts: invited, and submitted only when the
 * wave's results show the cohort's total (otherwise {@code suppressed} with the reason), so the list cannot be set
 * against the results to work out a hidden group.
 */
record WaveResponse(String id, String cohortId, String label, String frameworkId, int frameworkNumber, Instant opensAt,
        Instant closesAt, WaveStatus status, Instant closedAt, String closedBy, Instant nextReminderAt,
        List<ScheduledReminder> reminders, WaveCounts counts) {

    static WaveResponse of(Wave wave, WaveCounts counts) {
        return new WaveResponse(wave.id(), wave.cohortId(), wave.label(), wave.frameworkId(), wave.frameworkNumber(), wave.opensAt(),
                wave.closesAt(), wave.status(), wave.closedAt(), wave.closedBy(),
                wave.status() == WaveStatus.OPEN || wave.status() == WaveStatus.SCHEDULED ? wave.nextReminderAt() : null,
                wave.reminders(), counts);
    }
}
