package uk.nhs.cohortcoach.coachingservice.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a collaborative's coaching hours should be by now: the plan spread evenly over the cohort's days. By the end of
 * day {@code d} of a cohort of {@code n} days (its first and last day both counted), {@code plan × d / n} hours are
 * expected: nothing before the cohort starts, the whole plan from its last day on. Plain Java.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /**
     * The hours expected by the end of {@code today} (2 decimal places, half up); null when there is no plan (0 hours)
     * or the cohort's dates are not known, so that no zero is shown as a fact.
     */
    public static BigDecimal expectedByNow(int plannedHours, LocalDate start, LocalDate end, LocalDate today) {
        if (plannedHours <= 0 || start == null || end == null || end.isBefore(start)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long elapsed = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, today) + 1));
        return BigDecimal.valueOf(plannedHours).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }
}
