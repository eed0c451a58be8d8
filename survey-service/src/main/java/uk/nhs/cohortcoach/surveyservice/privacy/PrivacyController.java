package uk.nhs.cohortcoach.surveyservice.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/privacy/survey/people/{id}}: subject access, for programme managers only. */
@RestController
class PrivacyController {

    private final SurveySubjectAccess subjectAccess;

    PrivacyController(SurveySubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/api/privacy/survey/people/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    SurveyExport export(@PathVariable String id) {
        return subjectAccess.export(id);
    }
}
