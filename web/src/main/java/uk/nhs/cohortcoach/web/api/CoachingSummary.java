package uk.nhs.cohortcoach.web.api;

import java.math.BigDecimal;

/** coaching-service's figures for a collaborative or a cohort (only what the pages use). */
public record CoachingSummary(int sessionsPlanned, int sessionsDelivered, BigDecimal hoursDelivered, int hoursPlanned, int openActions,
        int overdueActions) {
}
