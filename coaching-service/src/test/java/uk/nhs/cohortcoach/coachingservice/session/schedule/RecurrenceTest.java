package uk.nhs.cohortcoach.coachingservice.session.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

class RecurrenceTest {

    @Test
    void weeklyByCount() {
        assertThat(new Recurrence(Frequency.WEEKLY, 3, null).occurrences(LocalDateTime.parse("2026-05-05T10:00")))
                .extracting(LocalDateTime::toString).containsExactly("2026-05-05T10:00", "2026-05-12T10:00", "2026-05-19T10:00");
    }

    @Test
    void fortnightlyUntilADateInclusive() {
        assertThat(new Recurrence(Frequency.FORTNIGHTLY, null, LocalDate.parse("2026-06-02"))
                .occurrences(LocalDateTime.parse("2026-05-05T10:00")))
                .extracting(LocalDateTime::toString).containsExactly("2026-05-05T10:00", "2026-05-19T10:00", "2026-06-02T10:00");
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShortMonthsAndComesBack() {
        assertThat(new Recurrence(Frequency.MONTHLY, 5, null).occurrences(LocalDateTime.parse("2026-01-31T14:00")))
                .extracting(LocalDateTime::toString).containsExactly("2026-01-31T14:00", "2026-02-28T14:00",
                        "2026-03-31T14:00", "2026-04-30T14:00", "2026-05-31T14:00");
        assertThat(new Recurrence(Frequency.MONTHLY, 3, null).occurrences(LocalDateTime.parse("2026-05-15T09:30")))
                .extracting(LocalDateTime::toString).containsExactly("2026-05-15T09:30", "2026-06-15T09:30", "2026-07-15T09:30");
    }

    @Test
    void aWeeklyTenOClockStaysAtTenAcrossTheMarchAndOctoberClockChanges() {
        List<LocalDateTime> march = new Recurrence(Frequency.WEEKLY, 3, null).occurrences(LocalDateTime.parse("2026-03-22T10:00"));
        assertThat(march.stream().map(local -> SlotRules.slot(local, 60, SlotRules.LONDON, "start").start()))
                .containsExactly(Instant.parse("2026-03-22T10:00:00Z"), Instant.parse("2026-03-29T09:00:00Z"),
                        Instant.parse("2026-04-05T09:00:00Z"));
        List<LocalDateTime> october = new Recurrence(Frequency.WEEKLY, 3, null).occurrences(LocalDateTime.parse("2026-10-18T10:00"));
        assertThat(october.stream().map(local -> SlotRules.slot(local, 60, SlotRules.LONDON, "start").start()))
                .containsExactly(Instant.parse("2026-10-18T09:00:00Z"), Instant.parse("2026-10-25T10:00:00Z"),
                        Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void atMostFiftyTwoAndExactlyOneOfCountAndUntil() {
        assertThat(new Recurrence(Frequency.WEEKLY, 52, null).occurrences(LocalDateTime.parse("2026-01-05T10:00"))).hasSize(52);
        refused(new Recurrence(Frequency.WEEKLY, 53, null), "count", "Enter a number of sessions from 1 to 52");
        refused(new Recurrence(Frequency.WEEKLY, 0, null), "count", "Enter a number of sessions from 1 to 52");
        refused(new Recurrence(Frequency.WEEKLY, null, null), "count",
                "Enter either the number of sessions or the date of the last session, not both");
        refused(new Recurrence(Frequency.WEEKLY, 3, LocalDate.parse("2026-06-01")), "count",
                "Enter either the number of sessions or the date of the last session, not both");
        refused(new Recurrence(Frequency.WEEKLY, null, LocalDate.parse("2027-12-31")), "until",
                "That makes more than 52 sessions. Choose an earlier date for the last session");
        refused(new Recurrence(Frequency.WEEKLY, null, LocalDate.parse("2026-01-04")), "until",
                "The date of the last session must be on or after 5 January 2026, the date of the first");
        refused(new Recurrence(null, 3, null), "frequency", "Select how often the sessions repeat: weekly, fortnightly or monthly");
    }

    private static void refused(Recurrence recurrence, String field, String message) {
        assertThatThrownBy(() -> recurrence.occurrences(LocalDateTime.parse("2026-01-05T10:00")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsExactly(Map.entry(field, message)));
    }
}
