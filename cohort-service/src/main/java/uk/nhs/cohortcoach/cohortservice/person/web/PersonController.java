package uk.nhs.cohortcoach.cohortservice.person.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.WebDataBinder;
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
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.cohortservice.person.People;
import uk.nhs.cohortcoach.cohortservice.person.PersonChecks;
import uk.nhs.cohortcoach.platform.support.problem.BodyChecks;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.paging.PageResponse;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** {@code /api/people}: programme managers register and change people; others read those they may see. */
@RestController
@RequestMapping("/api/people")
class PersonController {

    private static final Set<String> SORTABLE = Set.of("name", "email");

    private final People people;
    private final PersonChecks checks;

    PersonController(People people, PersonChecks checks) {
        this.people = people;
        this.checks = checks;
    }

    /** An email someone else has is one of the field errors when the request is refused anyway (alone: 409). */
    @InitBinder("personRequest")
    void personRules(WebDataBinder binder, @PathVariable Map<String, String> path) {
        binder.addValidators(BodyChecks.withOthers(PersonRequest.class,
                (request, othersFound) -> checks.errors(path.get("id"), request.email(), othersFound)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<PersonResponse> register(@Valid @RequestBody PersonRequest request) {
        Person person = people.register(request.details());
        return ResponseEntity.created(URI.create("/api/people/" + person.id())).eTag(etag(person))
                .body(PersonResponse.of(person));
    }

    @GetMapping
    PageResponse<PersonResponse> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String name, @RequestParam(required = false) String email,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean includeArchived) {
        return PageResponse.of(people.list(PageQuery.of(page, size, sort, SORTABLE, "name"), name, email, role,
                Boolean.TRUE.equals(includeArchived), Viewer.current()), PersonResponse::of);
    }

    /** Archives a person: out of every team (ParticipantLeft each), lists and pickers; history kept; PersonArchived. */
    @PostMapping("/{id}/archive")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<PersonResponse> archive(@PathVariable String id) {
        Person person = people.archive(id);
        return ResponseEntity.ok().eTag(etag(person)).body(PersonResponse.of(person));
    }

    /** Brings an archived person back into lists and pickers (in no team); PersonRestored. */
    @PostMapping("/{id}/restore")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<PersonResponse> restore(@PathVariable String id) {
        Person person = people.restore(id);
        return ResponseEntity.ok().eTag(etag(person)).body(PersonResponse.of(person));
    }

    @GetMapping("/me")
    ResponseEntity<PersonResponse> me() {
        Person person = people.me(Viewer.current());
        return ResponseEntity.ok().eTag(etag(person)).body(PersonResponse.of(person));
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonResponse> get(@PathVariable String id) {
        Person person = people.get(id, Viewer.current());
        return ResponseEntity.ok().eTag(etag(person)).body(PersonResponse.of(person));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<PersonResponse> update(@PathVariable String id, @Valid @RequestBody PersonRequest request) {
        if (request.version() == null) {
            throw InvalidFieldsException.of("version", "{NotNull.version}");
        }
        Person person = people.update(id, request.details(), request.version());
        return ResponseEntity.ok().eTag(etag(person)).body(PersonResponse.of(person));
    }

    private static String etag(Person person) {
        return "\"" + person.version() + "\"";
    }
}
