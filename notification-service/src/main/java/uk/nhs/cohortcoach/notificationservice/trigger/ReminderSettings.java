package uk.nhs.cohortcoach.notificationservice.trigger;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When reminders fall due.
 *
 * @param sessionReminderBefore how long before a session starts its invitees and coach are reminded
 * @param logReminderAfter      how long after a session ends its coach is reminded to log it
 * @param actionDueAt           the local time, on an action's due date, its owner is reminded
 * @param zone                  the zone of {@code actionDueAt} and of dates shown in email
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.reminders")
public record ReminderSettings(
        @NotNull @DurationMin(minutes = 1) @DefaultValue("PT24H") Duration sessionReminderBefore,
        @NotNull @DurationMin(minutes = 0) @DefaultValue("PT48H") Duration logReminderAfter,
        @NotNull @DefaultValue("09:00") LocalTime actionDueAt,
        @NotNull @DefaultValue("Europe/London") ZoneId zone) {

    /** The platform's defaults, for tests of the rules. */
    public static ReminderSettings defaults() {
        return new ReminderSettings(Duration.ofHours(24), Duration.ofHours(48), LocalTime.of(9, 0), ZoneId.of("Europe/London"));
    }
}
