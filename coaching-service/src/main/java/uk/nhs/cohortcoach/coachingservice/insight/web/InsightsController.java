package uk.nhs.cohortcoach.coachingservice.insight.web;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.insight.CohortInsights;
import uk.nhs.cohortcoach.coachingservice.insight.Insights;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/** {@code GET /api/sessions/cohorts/{cohortId}/insights?from=&to=}: what the cohort's logged sessions of the period covered. */
@RestController
class InsightsController {

    private final Insights insights;

    InsightsController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/api/sessions/cohorts/{cohortId}/insights")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')") // also refused by URL (InsightAccess) before anything else
    CohortInsights insights(@PathVariable String cohortId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return insights.of(cohortId, from, to, Viewer.current());
    }
}
