package uk.nhs.cohortcoach.notificationservice.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/privacy/notification/people/{id}}: subject access, for programme managers only. */
@RestController
class PrivacyController {

    private final NotificationSubjectAccess subjectAccess;

    PrivacyController(NotificationSubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/api/privacy/notification/people/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    NotificationExport export(@PathVariable String id) {
        return subjectAccess.export(id);
    }
}
