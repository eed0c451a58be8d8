package uk.nhs.cohortcoach.coachingservice.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/** {@code GET /api/privacy/coaching/people/{id}}: subject access, for programme managers only; 404 when nothing is held. */
@RestController
class PrivacyController {

    private final CoachingSubjectAccess subjectAccess;

    PrivacyController(CoachingSubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/api/privacy/coaching/people/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    CoachingExport export(@PathVariable String id) {
        CoachingExport export = subjectAccess.export(id);
        if (export.empty()) {
            throw new NotFoundException("person", id);
        }
        return export;
    }
}
