package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An open event's start, entered as a time in London, across the clock changes. */
class StartRulesTest {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void aWinterTimeIsGreenwichTimeAndASummerTimeAnHourAhead() {
        assertThat(StartRules.startOf(LocalDateTime.parse("2027-01-14T12:00"))).isEqualTo(Instant.parse("2027-01-14T12:00:00Z"));
        assertThat(StartRules.startOf(LocalDateTime.parse("2027-06-14T12:00"))).isEqualTo(Instant.parse("2027-06-14T11:00:00Z"));
    }

    @Test
    void aTimeSkippedWhenTheClocksGoForwardIsRefusedInWords() {
        assertThat(StartRules.startOf(LocalDateTime.parse("2027-03-28T01:30"))).isNull();
        assertThat(StartRules.problems(LocalDateTime.parse("2027-03-28T01:30"), 60, NOW)).containsEntry("start",
                "There is no 01:30 on 28 March 2027 in London because the clocks go forward. Choose another time");
    }

    @Test
    void aTimeThatHappensTwiceWhenTheClocksGoBackIsTheFirstOfTheTwo() {
        assertThat(StartRules.startOf(LocalDateTime.parse("2027-10-31T01:30"))).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(StartRules.problems(LocalDateTime.parse("2027-10-31T01:30"), 60, NOW)).isEmpty();
    }

    @Test
    void theStartMustBeInTheFutureAndTheLengthFrom15MinutesTo8Hours() {
        assertThat(StartRules.problems(LocalDateTime.parse("2026-12-31T12:00"), 14, NOW))
                .containsEntry("start", "The start must be in the future")
                .containsEntry("durationMinutes", "Enter a length from 15 to 480 minutes (8 hours)");
        assertThat(StartRules.problems(LocalDateTime.parse("2027-01-02T12:00"), 480, NOW)).isEmpty();
        assertThat(StartRules.problems(LocalDateTime.parse("2027-01-02T12:00"), 481, NOW)).containsOnlyKeys("durationMinutes");
    }
}
