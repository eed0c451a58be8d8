package uk.nhs.cohortcoach.cohortservice.cohort.web;

import jakarta.validation.Valid;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.cohortservice.access.VisibilityResolver;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortStatus;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohorts;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.cohortservice.removal.web.DependentsResponse;
import uk.nhs.cohortcoach.platform.support.problem.BodyChecks;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.paging.PageResponse;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** {@code /api/cohorts}: programme managers create and change cohorts; others read those they may see. */
@RestController
@RequestMapping("/api/cohorts")
class CohortController {

    private static final Set<String> SORTABLE = Set.of("name", "phase", "startDate", "endDate", "status");

    private final Cohorts cohorts;
    private final VisibilityResolver visibility;

    CohortController(Cohorts cohorts, VisibilityResolver visibility) {
        this.cohorts = cohorts;
        this.visibility = visibility;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<CohortResponse> create(@Valid @RequestBody CohortRequest request) {
        Cohort cohort = cohorts.create(request.details());
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohort.id())).eTag(etag(cohort))
                .body(CohortResponse.of(cohort));
    }

    @GetMapping
    PageResponse<CohortResponse> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(required = false) CohortStatus status) {
        return PageResponse.of(cohorts.list(PageQuery.of(page, size, sort, SORTABLE, "phase"), status,
                visibility.current()), CohortResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<CohortResponse> get(@PathVariable String id) {
        Cohort cohort = cohorts.get(id, visibility.current());
        return ResponseEntity.ok().eTag(etag(cohort)).body(CohortResponse.of(cohort));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<CohortResponse> update(@PathVariable String id, @Valid @RequestBody CohortRequest request) {
        if (request.version() == null) {
            throw InvalidFieldsException.of("version", "{NotNull.version}");
        }
        Cohort cohort = cohorts.update(id, request.details(), request.version());
        return ResponseEntity.ok().eTag(etag(cohort)).body(CohortResponse.of(cohort));
    }

    /** Whether the cohort can be deleted now and what depends on it, so a page offers deleting only when it is allowed. */
    @GetMapping("/{id}/dependents")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    DependentsResponse dependents(@PathVariable String id) {
        Cohort cohort = cohorts.get(id);
        Dependents dependents = cohorts.dependents(id);
        return DependentsResponse.of(dependents, cohort.deletionRefusal(dependents));
    }

    /** Deletes a cohort created by mistake, while nothing depends on it (else 409 saying what does). */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    void delete(@PathVariable String id) {
        cohorts.delete(id);
    }

    /** The end date must come after the start date: checked with the fields, so one answer has every error. */
    @InitBinder("cohortRequest")
    void dateRules(WebDataBinder binder) {
        binder.addValidators(new BodyChecks<>(CohortRequest.class,
                request -> Cohort.dateErrors(request.startDate(), request.endDate())));
    }

    private static String etag(Cohort cohort) {
        return "\"" + cohort.version() + "\"";
    }
}
