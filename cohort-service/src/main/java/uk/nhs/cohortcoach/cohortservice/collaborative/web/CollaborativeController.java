package uk.nhs.cohortcoach.cohortservice.collaborative.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.cohortservice.access.VisibilityResolver;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeChecks;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaboratives;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.cohortservice.removal.web.DependentsResponse;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.BodyChecks;
import uk.nhs.cohortcoach.platform.support.paging.PageResponse;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * Programme managers enrol collaboratives into a cohort ({@code /api/cohorts/{cohortId}/collaboratives})
 * and change them; everyone reads, under {@code /api/collaboratives}, those they may see.
 */
@RestController
class CollaborativeController {

    private static final Set<String> SORTABLE = Set.of("name", "sector", "plannedCoachingHours");

    private final Collaboratives collaboratives;
    private final CollaborativeChecks checks;
    private final VisibilityResolver visibility;

    CollaborativeController(Collaboratives collaboratives, CollaborativeChecks checks, VisibilityResolver visibility) {
        this.collaboratives = collaboratives;
        this.checks = checks;
        this.visibility = visibility;
    }

    /**
     * The collaborative's own rules and those needing stored data (coaches, a name taken in the cohort)
     * run with Bean Validation, so one answer has every error of the request.
     */
    @InitBinder("collaborativeRequest")
    void collaborativeRules(WebDataBinder binder, @PathVariable Map<String, String> path) {
        binder.addValidators(BodyChecks.withOthers(CollaborativeRequest.class,
                (request, othersFound) -> checks.errors(path.get("cohortId"), path.get("id"), request.draft(), othersFound)));
    }

    @PostMapping("/api/cohorts/{cohortId}/collaboratives")
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<CollaborativeResponse> enrol(@PathVariable String cohortId,
            @Valid @RequestBody CollaborativeRequest request) {
        Collaborative collaborative = collaboratives.enrol(cohortId, request.details());
        return ResponseEntity.created(URI.create("/api/collaboratives/" + collaborative.id())).eTag(etag(collaborative))
                .body(CollaborativeResponse.of(collaborative));
    }

    @GetMapping("/api/collaboratives")
    PageResponse<CollaborativeResponse> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cohortId, @RequestParam(required = false) Sector sector) {
        return PageResponse.of(collaboratives.list(PageQuery.of(page, size, sort, SORTABLE, "name"), cohortId, sector,
                visibility.current()), CollaborativeResponse::of);
    }

    @GetMapping("/api/collaboratives/{id}")
    ResponseEntity<CollaborativeResponse> get(@PathVariable String id) {
        Collaborative collaborative = collaboratives.get(id, visibility.current());
        return ResponseEntity.ok().eTag(etag(collaborative)).body(CollaborativeResponse.of(collaborative));
    }

    @PutMapping("/api/collaboratives/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<CollaborativeResponse> update(@PathVariable String id, @Valid @RequestBody CollaborativeRequest request) {
        if (request.version() == null) {
            throw InvalidFieldsException.of("version", "{NotNull.version}");
        }
        Collaborative collaborative = collaboratives.update(id, request.details(), request.version());
        return ResponseEntity.ok().eTag(etag(collaborative)).body(CollaborativeResponse.of(collaborative));
    }

    /** Whether the collaborative can be deleted now and what depends on it, so a page offers deleting only when it is allowed. */
    @GetMapping("/api/collaboratives/{id}/dependents")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    DependentsResponse dependents(@PathVariable String id) {
        Collaborative collaborative = collaboratives.get(id);
        Dependents dependents = collaboratives.dependents(id);
        return DependentsResponse.of(dependents,
                collaborative.deletionRefusal(collaboratives.cohortClosed(collaborative), dependents));
    }

    /** Deletes a collaborative enrolled by mistake, while nothing depends on it (else 409 saying what does). */
    @DeleteMapping("/api/collaboratives/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    void delete(@PathVariable String id) {
        collaboratives.delete(id);
    }

    private static String etag(Collaborative collaborative) {
        return "\"" + collaborative.version() + "\"";
    }
}
