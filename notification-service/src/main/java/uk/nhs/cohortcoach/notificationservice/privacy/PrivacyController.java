package uk.nhs.cohortcoach.notificationservice.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/** {@code GET /api/privacy/notification/people/{id}}: subject access, for programme managers only; 404 when nothing is held. */
@RestController
class PrivacyController {

    private final NotificationSubjectAccess subjectAccess;

    PrivacyController(NotificationSubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/api/privacy/notification/people/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    NotificationExport export(@PathVariable String id) {
        NotificationExport export = subjectAccess.export(id);
        if (export.empty()) {
            throw new NotFoundException("person", id);
        }
        return export;
    }
}
