package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Instant;
import java.util.List;

/**
 * What a programme manager gives to create a wave.
 *
 * @param reminderDaysBeforeClose the automatic reminders, in days before closing; null for the defaults
 *                                ({@link ReminderRules#defaultsFor}), empty for none
 */
public record WaveDetails(String cohortId, String label, String frameworkId, int frameworkNumber, Instant opensAt, Instant closesAt,
        List<Integer> reminderDaysBeforeClose) {

    public WaveDetails {
        reminderDaysBeforeClose = reminderDaysBeforeClose == null ? null : List.copyOf(reminderDaysBeforeClose);
    }
}
