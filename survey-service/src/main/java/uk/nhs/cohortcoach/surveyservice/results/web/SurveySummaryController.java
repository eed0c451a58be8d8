package uk.nhs.cohortcoach.surveyservice.results.web;

import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.surveyservice.results.CohortSurveySummary;
import uk.nhs.cohortcoach.surveyservice.results.Results;

/** {@code GET /api/waves/summary?cohortId=}: a cohort's latest wave per collaborative, for the dashboards. */
@RestController
public class SurveySummaryController {

    private final Results results;
    private final Clock clock;

    public SurveySummaryController(Results results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    @GetMapping(path = "/api/waves/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // Results narrows a coach to the collaboratives they coach
    public CohortSurveySummary summary(@RequestParam(required = false) String cohortId) {
        if (cohortId == null || cohortId.isBlank()) {
            throw InvalidFieldsException.of("cohortId", "Select a cohort");
        }
        return results.summary(cohortId, Viewer.current(), clock.instant());
    }
}
