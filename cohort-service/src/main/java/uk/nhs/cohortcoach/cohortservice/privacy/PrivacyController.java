package uk.nhs.cohortcoach.cohortservice.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.cohortservice.person.People;

/**
 * Subject access ({@code GET /api/privacy/cohort/people/{id}}) and erasure
 * ({@code POST /api/people/{id}/erase}): programme managers only, decided before anything is read.
 */
@RestController
class PrivacyController {

    private final SubjectAccess subjectAccess;
    private final People people;

    PrivacyController(SubjectAccess subjectAccess, People people) {
        this.subjectAccess = subjectAccess;
        this.people = people;
    }

    @GetMapping("/api/privacy/cohort/people/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    SubjectAccessExport export(@PathVariable String id) {
        return subjectAccess.export(id);
    }

    @PostMapping("/api/people/{id}/erase")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ErasureResponse erase(@PathVariable String id) {
        return ErasureResponse.of(people.erase(id));
    }
}
