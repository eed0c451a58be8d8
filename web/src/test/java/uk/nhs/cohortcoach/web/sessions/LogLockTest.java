package uk.nhs.cohortcoach.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * When a log locks, in words, by London days. Examples at the clock changes of 29 March and 25 October 2026, then
 * generated cases (a fixed seed, so a failure repeats): 20,000 pairs of "now" and "locks at" within a day either side
 * of each change and across the year, each checked against the London calendar independently of the rule's own
 * arithmetic. (jqwik is not used: its engine runs on JUnit Platform 1.x, and this build runs JUnit 6.)
 */
class LogLockTest {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void todayTomorrowAndInDaysAreLondonCalendarDaysAcrossTheClockChanges() {
        // 23:30 GMT on 28 March is London's 28th; 23:30 UTC on 29 March is 00:30 BST on the 30th: two days on
        assertThat(LogLock.of(Instant.parse("2026-03-29T23:30:00Z"), Instant.parse("2026-03-28T23:30:00Z")).words())
                .isEqualTo("Log locks in 2 days");
        // 00:30 BST on 25 October (23:30 UTC the day before) and 23:30 GMT that evening: the same London day, 24 h apart
        assertThat(LogLock.of(Instant.parse("2026-10-25T23:30:00Z"), Instant.parse("2026-10-24T23:30:00Z")).words())
                .isEqualTo("Log locks today at 23:30");
        // the day that has 23 hours: 00:30 GMT on the 29th to 23:30 BST on the 29th is today
        assertThat(LogLock.of(Instant.parse("2026-03-29T22:30:00Z"), Instant.parse("2026-03-29T00:30:00Z")).words())
                .isEqualTo("Log locks today at 23:30");
        assertThat(LogLock.of(Instant.parse("2026-10-26T08:00:00Z"), Instant.parse("2026-10-25T23:59:00Z")))
                .isEqualTo(new LogLock("Log locks tomorrow at 08:00", null, false, true));
        LogLock later = LogLock.of(Instant.parse("2026-12-10T17:00:00Z"), Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(later).isEqualTo(new LogLock("Log locks in 3 days", "On 10 December 2026 at 17:00", false, false));
    }

    @Test
    void aLockedLogSaysWhenItLockedAndHowToGetItReopened() {
        Instant locks = Instant.parse("2026-07-01T16:00:00Z");

        assertThat(LogLock.of(locks, locks)).isEqualTo(new LogLock("Log locked on 1 July 2026 at 17:00",
                "Ask a programme manager to reopen it if you still need to write it.", true, false));
        assertThat(LogLock.of(locks, locks.minusMillis(1)).locked()).isFalse();
    }

    @Test
    void generatedTimesAroundTheClockChangesAndAcrossTheYearAgreeWithTheLondonCalendar() {
        Random random = new Random(20260329L);
        Instant[] centres = {Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z")};
        for (int i = 0; i < 20_000; i++) {
            Instant now = i % 3 == 2 ? Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86_400))
                    : centres[i % 2].plusSeconds(random.nextInt(2 * 86_400) - 86_400);
            Instant locksAt = now.plusSeconds(random.nextInt(20 * 86_400) - 3 * 86_400);
            check(now, locksAt);
        }
    }

    private static void check(Instant now, Instant locksAt) {
        LogLock lock = LogLock.of(locksAt, now);
        ZonedDateTime today = now.atZone(TimeInput.LONDON);
        ZonedDateTime lockDay = locksAt.atZone(TimeInput.LONDON);
        String why = "now " + now + ", locks at " + locksAt;
        if (!now.isBefore(locksAt)) {
            assertThat(lock.locked()).as(why).isTrue();
            assertThat(lock.words()).as(why).startsWith("Log locked on ").endsWith(" at " + lockDay.format(HH_MM));
            return;
        }
        assertThat(lock.locked()).as(why).isFalse();
        // count calendar days by walking London dates, not by dividing hours
        long days = 0;
        for (LocalDate day = today.toLocalDate(); day.isBefore(lockDay.toLocalDate()); day = day.plusDays(1)) {
            days++;
        }
        assertThat(days).as(why).isEqualTo(ChronoUnit.DAYS.between(today.toLocalDate(), lockDay.toLocalDate()));
        String expected = days == 0 ? "Log locks today at " + lockDay.format(HH_MM)
                : days == 1 ? "Log locks tomorrow at " + lockDay.format(HH_MM) : "Log locks in " + days + " days";
        assertThat(lock.words()).as(why).isEqualTo(expected);
        assertThat(lock.urgent()).as(why).isEqualTo(days <= 1);
        assertThat(Duration.between(now, locksAt)).as("never more time left than its days allow: " + why)
                .isLessThanOrEqualTo(Duration.ofHours(25 * (days + 1)));
    }
}
