package uk.nhs.cohortcoach.coachingservice.summary.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.summary.CoachingSummary;
import uk.nhs.cohortcoach.coachingservice.summary.CohortFigures;
import uk.nhs.cohortcoach.coachingservice.summary.Summaries;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code GET /api/sessions/summary?collaborativeId=} or {@code ?cohortId=}: the coaching figures;
 * {@code GET /api/sessions/summary/collaboratives?cohortId=}: a cohort's figures per collaborative, with what needs attention.
 */
@RestController
class SummaryController {

    private final Summaries summaries;

    SummaryController(Summaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/sessions/summary")
    CoachingSummary summary(@RequestParam(required = false) String collaborativeId,
            @RequestParam(required = false) String cohortId) {
        boolean byCollaborative = collaborativeId != null && !collaborativeId.isBlank();
        boolean byCohort = cohortId != null && !cohortId.isBlank();
        if (byCollaborative == byCohort) {
            throw InvalidFieldsException.of(byCohort ? "cohortId" : "collaborativeId",
                    byCohort ? "Select a collaborative or a cohort, not both" : "Select a collaborative or a cohort");
        }
        return byCollaborative ? summaries.ofCollaborative(collaborativeId, Viewer.current())
                : summaries.ofCohort(cohortId, Viewer.current());
    }

    @GetMapping("/api/sessions/summary/collaboratives")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // Summaries narrows a coach to the collaboratives they coach
    CohortFigures byCollaborative(@RequestParam(required = false) String cohortId) {
        if (cohortId == null || cohortId.isBlank()) {
            throw InvalidFieldsException.of("cohortId", "Select a cohort");
        }
        return summaries.byCollaborative(cohortId, Viewer.current());
    }
}
