package uk.nhs.cohortcoach.surveyservice.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default reminders for waves of every length (a generated sweep), and the days a manager may choose. */
class ReminderRulesTest {

    private static final Instant OPENS = Instant.parse("2026-07-01T08:00:00Z");

    @Test
    void theDefaultsByExample() {
        assertThat(ReminderRules.defaultsFor(Duration.ofDays(14))).containsExactly(Duration.ofDays(7), Duration.ofDays(2));
        assertThat(ReminderRules.defaultsFor(Duration.ofDays(2))).as("halfway").containsExactly(Duration.ofDays(1));
        assertThat(ReminderRules.defaultsFor(Duration.ofHours(23))).as("under a day: none").isEmpty();
        assertThat(ReminderRules.defaultsFor(Duration.ofDays(5))).containsExactly(Duration.ofDays(2));
        assertThat(ReminderRules.defaultsFor(Duration.ofDays(42))).containsExactly(Duration.ofDays(14), Duration.ofDays(7),
                Duration.ofDays(2));
    }

    /** Every wave length from 0 to 120 days in steps of 7 minutes, and a few seconds either side of each boundary. */
    @Test
    void theDefaultsAreSensibleForAnyLength() {
        List<Duration> lengths = new ArrayList<>();
        for (long minutes = 0; minutes <= 120 * 24 * 60; minutes += 7) {
            lengths.add(Duration.ofMinutes(minutes));
        }
        for (long days : new long[] {1, 4, 10, 28}) {
            for (long seconds = -3; seconds <= 3; seconds++) {
                lengths.add(Duration.ofDays(days).plusSeconds(seconds));
            }
        }
        int previousCount = 0;
        for (Duration length : lengths.stream().sorted().toList()) {
            List<Duration> before = ReminderRules.defaultsFor(length);
            String wave = "a wave of " + length;
            assertThat(before.size()).as(wave).isBetween(0, ReminderRules.MAX_REMINDERS);
            assertThat(before.size()).as(wave + ": a longer wave never gets fewer reminders").isGreaterThanOrEqualTo(previousCount);
            previousCount = before.size();
            if (length.compareTo(Duration.ofDays(1)) < 0) {
                assertThat(before).as(wave + ": under a day, none").isEmpty();
                continue;
            }
            assertThat(before).as(wave + ": at least one from a day long").isNotEmpty();
            assertThat(before).as(wave + ": earliest first, each once").isSortedAccordingTo((a, b) -> b.compareTo(a))
                    .doesNotHaveDuplicates();
            for (Duration d : before) {
                assertThat(d).as(wave + ": before closing").isPositive();
                assertThat(length.minus(d)).as(wave + ": at least half a day after opening, and not before half the wave has gone "
                        + "when it is shorter than 4 days").isGreaterThanOrEqualTo(Duration.ofHours(12));
            }
            assertThat(before.get(before.size() - 1)).as(wave + ": the last one no more than 2 days before closing")
                    .isLessThanOrEqualTo(Duration.ofDays(2));
            for (int i = 1; i < before.size(); i++) {
                assertThat(before.get(i - 1).minus(before.get(i))).as(wave + ": at least 5 days apart")
                        .isGreaterThanOrEqualTo(Duration.ofDays(5));
            }
            List<Instant> due = ReminderRules.dueTimes(OPENS, OPENS.plus(length), null);
            assertThat(due).as(wave + ": the defaults when none are chosen").hasSize(before.size()).isSorted()
                    .allSatisfy(at -> assertThat(at).isAfter(OPENS).isBefore(OPENS.plus(length)));
        }
    }

    @Test
    void chosenDaysAreDueThatLongBeforeClosingAndAnEmptyListMeansNone() {
        Instant closes = OPENS.plus(Duration.ofDays(21));

        assertThat(ReminderRules.dueTimes(OPENS, closes, List.of(2, 10, 5))).containsExactly(closes.minus(Duration.ofDays(10)),
                closes.minus(Duration.ofDays(5)), closes.minus(Duration.ofDays(2)));
        assertThat(ReminderRules.dueTimes(OPENS, closes, List.of())).isEmpty();
        assertThat(ReminderRules.problems(OPENS, closes, List.of(2, 10, 5))).isEmpty();
        assertThat(ReminderRules.problems(OPENS, closes, null)).isEmpty();
    }

    @Test
    void chosenDaysAreRefusedNamingEachOneThatCannotBeKept() {
        Instant closes = OPENS.plus(Duration.ofDays(14));

        Map<String, String> problems = ReminderRules.problems(OPENS, closes, Arrays.asList(7, 7, 14, 0, null));

        assertThat(problems).containsOnlyKeys("reminders.daysBeforeClose[1]", "reminders.daysBeforeClose[2]",
                "reminders.daysBeforeClose[3]", "reminders.daysBeforeClose[4]");
        assertThat(problems.get("reminders.daysBeforeClose[1]")).isEqualTo("Each reminder must be a different number of days before the close");
        assertThat(problems.get("reminders.daysBeforeClose[2]")).isEqualTo("A reminder 14 days before the close would be before the wave opens: choose fewer days");
        assertThat(problems.get("reminders.daysBeforeClose[3]")).isEqualTo("Days before the close must be 1 or more");
    }

    @Test
    void moreThanFiveRemindersAreRefused() {
        Map<String, String> problems = ReminderRules.problems(OPENS, OPENS.plus(Duration.ofDays(60)), List.of(1, 2, 3, 4, 5, 6));

        assertThat(problems).containsOnlyKeys("reminders.daysBeforeClose");
        assertThat(problems.get("reminders.daysBeforeClose")).isEqualTo("Send no more than 5 reminders");
    }
}
