package uk.nhs.cohortcoach.coachingservice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan spread evenly over the cohort's days: examples, then seeded generated cohorts, plans and days. */
class PlanRulesTest {

    private static final LocalDate START = LocalDate.parse("2026-04-01");
    private static final LocalDate END = LocalDate.parse("2027-03-31"); // 365 days

    @Test
    void nothingIsExpectedBeforeTheStartAndTheWholePlanFromTheLastDay() {
        assertThat(PlanRules.expectedByNow(60, START, END, START.minusDays(1))).isEqualByComparingTo("0");
        assertThat(PlanRules.expectedByNow(60, START, END, END)).isEqualByComparingTo("60");
        assertThat(PlanRules.expectedByNow(60, START, END, END.plusYears(1))).isEqualByComparingTo("60");
    }

    @Test
    void byTheEndOfADayItsShareOfThePlanIsExpected() {
        assertThat(PlanRules.expectedByNow(60, START, END, START)).isEqualByComparingTo("0.16"); // 60 / 365
        assertThat(PlanRules.expectedByNow(365, START, END, START.plusDays(99))).isEqualByComparingTo("100");
        assertThat(PlanRules.expectedByNow(10, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-04"), LocalDate.parse("2026-01-02")))
                .isEqualByComparingTo("5");
    }

    @Test
    void withoutAPlanOrDatesNothingIsExpectedRatherThanZero() {
        assertThat(PlanRules.expectedByNow(0, START, END, START.plusDays(10))).isNull();
        assertThat(PlanRules.expectedByNow(12, null, END, START)).isNull();
        assertThat(PlanRules.expectedByNow(12, START, null, START)).isNull();
        assertThat(PlanRules.expectedByNow(12, END, START, START)).isNull();
    }

    @Test
    void generatedCohortsNeverExpectLessThanNothingOrMoreThanThePlanAndNeverLessTomorrow() {
        Random random = new Random(20261207L);
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = LocalDate.parse("2024-01-01").plusDays(random.nextInt(1_500));
            LocalDate end = start.plusDays(random.nextInt(800));
            int plan = 1 + random.nextInt(500);
            LocalDate today = start.plusDays(random.nextInt(1_000) - 100);
            String seen = "case " + i + ": plan " + plan + " from " + start + " to " + end + " on " + today;

            BigDecimal expected = PlanRules.expectedByNow(plan, start, end, today);
            BigDecimal tomorrow = PlanRules.expectedByNow(plan, start, end, today.plusDays(1));

            assertThat(expected).as(seen).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(plan));
            assertThat(tomorrow).as(seen).isGreaterThanOrEqualTo(expected);
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            long elapsed = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, today) + 1));
            // within half a hundredth of plan × elapsed ÷ days, worked out without the rule's arithmetic
            double exact = (double) plan * elapsed / days;
            assertThat(expected.doubleValue()).as(seen).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.0051));
            if (!today.isBefore(end)) {
                assertThat(expected).as(seen).isEqualByComparingTo(BigDecimal.valueOf(plan));
            }
            if (today.isBefore(start)) {
                assertThat(expected).as(seen).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
    }
}
