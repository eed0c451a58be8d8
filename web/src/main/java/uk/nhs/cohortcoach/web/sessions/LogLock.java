package uk.nhs.cohortcoach.web.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * When a session's log locks, in words, by London days: "Log locks today at 17:00", "Log locks tomorrow at 09:30",
 * "Log locks in 3 days" (with the date and time beside it), or, once locked, when it locked and that a programme
 * manager can reopen it. The instant comes from coaching-service ({@code logEditableUntil}: 14 days after the start,
 * or the end of a reopening); days are counted between London calendar dates, so a clock change never makes a day
 * of 23 or 25 hours count wrong. Public: the template reads it.
 *
 * @param words   what the coach reads first
 * @param detail  the date and time it locks or locked, or what to do about it
 * @param locked  whether the log can no longer be written
 * @param urgent  whether it locks today or tomorrow
 */
public record LogLock(String words, String detail, boolean locked, boolean urgent) {

    static final String REOPEN = "Ask a programme manager to reopen it if you still need to write it.";

    static LogLock of(Instant locksAt, Instant now) {
        if (!now.isBefore(locksAt)) {
            return new LogLock("Log locked on " + Dates.dateTime(locksAt), REOPEN, true, false);
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, TimeInput.LONDON), LocalDate.ofInstant(locksAt, TimeInput.LONDON));
        String at = Dates.time(locksAt);
        if (days == 0) {
            return new LogLock("Log locks today at " + at, null, false, true);
        }
        if (days == 1) {
            return new LogLock("Log locks tomorrow at " + at, null, false, true);
        }
        return new LogLock("Log locks in " + days + " days", "On " + Dates.dateTime(locksAt), false, false);
    }
}
