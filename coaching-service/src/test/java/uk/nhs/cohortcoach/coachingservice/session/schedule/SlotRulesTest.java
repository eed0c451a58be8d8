package uk.nhs.cohortcoach.coachingservice.session.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

class SlotRulesTest {

    private static final LocalDate COHORT_START = LocalDate.of(2026, 1, 5);
    private static final LocalDate COHORT_END = LocalDate.of(2026, 9, 30);

    @Test
    void aLocalStartIsLondonTimeInWinterAndSummer() {
        assertThat(SlotRules.slot(LocalDateTime.parse("2026-02-10T10:00"), null, 60, SlotRules.LONDON))
                .isEqualTo(new Slot(Instant.parse("2026-02-10T10:00:00Z"), Instant.parse("2026-02-10T11:00:00Z")));
        assertThat(SlotRules.slot(LocalDateTime.parse("2026-06-10T10:00"), null, 90, SlotRules.LONDON))
                .isEqualTo(new Slot(Instant.parse("2026-06-10T09:00:00Z"), Instant.parse("2026-06-10T10:30:00Z")));
    }

    @Test
    void anOffsetStartIsTakenAsTheInstantItNames() {
        assertThat(SlotRules.slot(null, OffsetDateTime.parse("2026-06-10T10:00:00+02:00"), 30, SlotRules.LONDON).start())
                .isEqualTo(Instant.parse("2026-06-10T08:00:00Z"));
    }

    @Test
    void aSessionAcrossTheSpringClockChangeLastsItsRealDuration() {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST
        Slot slot = SlotRules.slot(LocalDateTime.parse("2026-03-29T00:30"), null, 120, SlotRules.LONDON);
        assertThat(slot.start()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-03-29T02:30:00Z"));
        assertThat(slot.end().atZone(SlotRules.LONDON).toLocalTime()).hasToString("03:30");
        assertThat(SlotRules.slot(LocalDateTime.parse("2026-03-29T10:00"), null, 60, SlotRules.LONDON).start())
                .isEqualTo(Instant.parse("2026-03-29T09:00:00Z"));
    }

    @Test
    void refusesALocalTimeThatTheSpringClockChangeSkips() {
        assertThatThrownBy(() -> SlotRules.slot(LocalDateTime.parse("2026-03-29T01:30"), null, 60, SlotRules.LONDON))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e ->
                        assertThat(e.errors().get("start"))
                                .isEqualTo("There is no 01:30 on 29 March 2026 in London because the clocks go forward. Choose another time"));
    }

    @Test
    void aLocalTimeThatHappensTwiceInOctoberIsTheFirstOne() {
        // 25 October 2026: 02:00 BST becomes 01:00 GMT; 01:30 happens twice
        Slot slot = SlotRules.slot(LocalDateTime.parse("2026-10-25T01:30"), null, 60, SlotRules.LONDON);
        assertThat(slot.start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(SlotRules.slot(LocalDateTime.parse("2026-10-25T10:00"), null, 60, SlotRules.LONDON).start())
                .isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
    }

    @Test
    void theDurationIsFifteenMinutesToEightHours() {
        assertThat(SlotRules.slot(LocalDateTime.parse("2026-02-10T10:00"), null, 15, SlotRules.LONDON).length()).hasMinutes(15);
        assertThat(SlotRules.slot(LocalDateTime.parse("2026-02-10T10:00"), null, 480, SlotRules.LONDON).length()).hasHours(8);
        for (Integer minutes : new Integer[] {14, 481, 0, -30, null}) {
            assertThatThrownBy(() -> SlotRules.slot(LocalDateTime.parse("2026-02-10T10:00"), null, minutes, SlotRules.LONDON))
                    .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsKey("durationMinutes"));
        }
    }

    @Test
    void needsExactlyOneOfStartAndStartAt() {
        assertThatThrownBy(() -> SlotRules.slot(null, null, 60, SlotRules.LONDON))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsKey("start"));
        assertThatThrownBy(() -> SlotRules.slot(LocalDateTime.parse("2026-02-10T10:00"),
                OffsetDateTime.parse("2026-02-10T10:00:00Z"), 60, SlotRules.LONDON))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsKey("start"));
    }

    @Test
    void theCohortDatesAreInclusiveLondonDays() {
        // first day from midnight London; last day until midnight London (BST in September: 23:00Z)
        SlotRules.requireWithinCohort(SlotRules.slot(LocalDateTime.parse("2026-01-05T00:00"), null, 60, SlotRules.LONDON),
                COHORT_START, COHORT_END, SlotRules.LONDON, "start");
        SlotRules.requireWithinCohort(SlotRules.slot(LocalDateTime.parse("2026-09-30T23:00"), null, 60, SlotRules.LONDON),
                COHORT_START, COHORT_END, SlotRules.LONDON, "start");
        assertOutside(LocalDateTime.parse("2026-01-04T23:45"), 30);
        assertOutside(LocalDateTime.parse("2026-09-30T23:30"), 60);
        assertOutside(LocalDateTime.parse("2026-10-01T09:00"), 60);
        // an offset time that is 30 September in UTC but already 1 October in London is outside
        Slot lateInLondon = SlotRules.slot(null, OffsetDateTime.parse("2026-09-30T23:30:00Z"), 15, SlotRules.LONDON);
        assertThatThrownBy(() -> SlotRules.requireWithinCohort(lateInLondon, COHORT_START, COHORT_END, SlotRules.LONDON, "start"))
                .isInstanceOf(InvalidFieldsException.class);
    }

    private static void assertOutside(LocalDateTime start, int minutes) {
        Slot slot = SlotRules.slot(start, null, minutes, SlotRules.LONDON);
        assertThatThrownBy(() -> SlotRules.requireWithinCohort(slot, COHORT_START, COHORT_END, SlotRules.LONDON, "start"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e ->
                        assertThat(e.errors().get("start"))
                                .isEqualTo("The session on " + start.format(DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.UK))
                                + " must be within the cohort's dates, 5 January 2026 to 30 September 2026"));
    }
}
