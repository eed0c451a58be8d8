package uk.nhs.cohortcoach.coachingservice.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort's coaching figures in one answer: each collaborative the caller may see (ordered by name) and, for programme
 * managers, the whole cohort ({@code cohort}; null for a coach, whose rows are only those they coach).
 *
 * @param asOf the date in Europe/London the figures are worked out for
 */
public record CohortFigures(String cohortId, LocalDate startDate, LocalDate endDate, LocalDate asOf, SummaryRow cohort,
        List<SummaryRow> collaboratives) {

    public CohortFigures {
        collaboratives = List.copyOf(collaboratives);
    }
}
