package uk.nhs.cohortcoach.surveyservice.wave.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.surveyservice.wave.ReminderRules;
import uk.nhs.cohortcoach.surveyservice.wave.WaveDetails;

/**
 * A wave as a programme manager creates it: label {@code baseline}, {@code midpoint}, {@code end} or up to 50
 * characters of their own; {@code opensAt} in the future schedules it; {@code reminders} absent for the default
 * reminders, {@code {"daysBeforeClose": []}} for none.
 */
record WaveRequest(
        @NotBlank @Size(max = 100) String cohortId,
        @NotBlank @Size(max = 50) String label,
        @NotBlank @Size(max = 100) String frameworkId,
        @NotNull @Min(1) Integer frameworkNumber,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @Valid Reminders reminders) {

    /** The automatic reminders, in whole days before the wave closes, at most {@value ReminderRules#MAX_REMINDERS}. */
    record Reminders(@NotNull @Size(max = ReminderRules.MAX_REMINDERS) List<@NotNull @Min(1) @Max(366) Integer> daysBeforeClose) {
    }

    WaveDetails details() {
        return new WaveDetails(cohortId.trim(), label.trim(), frameworkId.trim(), frameworkNumber, opensAt, closesAt,
                reminders == null ? null : reminders.daysBeforeClose());
    }
}
