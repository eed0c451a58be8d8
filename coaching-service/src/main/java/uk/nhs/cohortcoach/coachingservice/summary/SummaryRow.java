package uk.nhs.cohortcoach.coachingservice.summary;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a cohort's coaching figures: a collaborative ({@code collaborativeId} set) or the whole cohort (null).
 *
 * @param figures            the figures {@code GET /api/sessions/summary} gives for it
 * @param hoursExpectedByNow the planned hours spread evenly over the cohort's days, up to today ({@link PlanRules}); null
 *                           when there is no plan
 * @param logsOverdue        sessions held and not logged whose log has locked
 * @param overdueLogs        those sessions (empty on the cohort row)
 * @param attention          what needs attention ({@link AttentionRules}); empty on the cohort row
 */
public record SummaryRow(String collaborativeId, String name, CoachingSummary figures, BigDecimal hoursExpectedByNow,
        int logsOverdue, List<OverdueLog> overdueLogs, List<Attention> attention) {

    public SummaryRow {
        overdueLogs = List.copyOf(overdueLogs);
        attention = List.copyOf(attention);
    }
}
