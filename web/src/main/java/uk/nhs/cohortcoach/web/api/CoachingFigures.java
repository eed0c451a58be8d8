package uk.nhs.cohortcoach.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * coaching-service's {@code GET /api/sessions/summary/collaboratives?cohortId=}: each collaborative's coaching figures and
 * what needs attention, and (programme managers) the whole cohort. Only what the pages use.
 */
public record CoachingFigures(String cohortId, LocalDate startDate, LocalDate endDate, LocalDate asOf, Row cohort, List<Row> collaboratives) {

    public CoachingFigures {
        collaboratives = collaboratives == null ? List.of() : List.copyOf(collaboratives);
    }

    /** A collaborative ({@code collaborativeId} set) or the whole cohort. {@code hoursExpectedByNow} null: no plan. */
    public record Row(String collaborativeId, String name, Figures figures, BigDecimal hoursExpectedByNow, int logsOverdue,
            List<OverdueLog> overdueLogs, List<Attention> attention) {

        public Row {
            overdueLogs = overdueLogs == null ? List.of() : List.copyOf(overdueLogs);
            attention = attention == null ? List.of() : List.copyOf(attention);
        }
    }

    public record Figures(int sessionsPlanned, int sessionsDelivered, int sessionsNotHeld, BigDecimal hoursDelivered, int hoursPlanned,
            int attendees, int invitees, BigDecimal attendanceRate, int equityPausesHeld, int openActions, int overdueActions) {
    }

    public record OverdueLog(String sessionId, String title, Instant startsAt, Instant lockedAt) {
    }

    /** {@code reason}: NO_RECENT_EQUITY_PAUSE, LOG_OVERDUE (with its {@code sessionId}), HOURS_BEHIND_PLAN, ACTIONS_OVERDUE. */
    public record Attention(String reason, String words, String sessionId) {
    }
}
