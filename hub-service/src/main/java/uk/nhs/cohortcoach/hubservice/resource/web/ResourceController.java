package uk.nhs.cohortcoach.hubservice.resource.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
import uk.nhs.cohortcoach.hubservice.resource.EquityTheme;
import uk.nhs.cohortcoach.hubservice.resource.Reader;
import uk.nhs.cohortcoach.hubservice.resource.Readers;
import uk.nhs.cohortcoach.hubservice.resource.Resource;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.hubservice.resource.ResourceQuery;
import uk.nhs.cohortcoach.hubservice.resource.ResourceStatus;
import uk.nhs.cohortcoach.hubservice.resource.Resources;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.BodyChecks;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * {@code /api/resources}: anyone browses and searches the published resources of their audience (no token needed)
 * and reads one; programme managers list every resource, write drafts, edit, publish and archive.
 */
@RestController
@RequestMapping("/api/resources")
@Tag(name = "Resources", description = "The knowledge hub: board resources, event recordings, insight digests, case studies and tools")
public class ResourceController {

    static final int MAX_SEARCH_LENGTH = 200;

    private final Resources resources;
    private final Readers readers;
    private final Clock clock;

    ResourceController(Resources resources, Readers readers, Clock clock) {
        this.resources = resources;
        this.readers = readers;
        this.clock = clock;
    }

    @InitBinder("resourceRequest")
    void createRules(WebDataBinder binder) {
        binder.addValidators(new BodyChecks<>(ResourceRequest.class, ResourceRequest::rules));
    }

    @InitBinder("resourceUpdateRequest")
    void updateRules(WebDataBinder binder) {
        binder.addValidators(new BodyChecks<>(ResourceUpdateRequest.class, ResourceUpdateRequest::rules));
    }

    @GetMapping
    @SecurityRequirements // anyone, signed in or not: what they see depends on who they are
    @Operation(summary = "Browse or search the published resources the caller may read (no token needed; a token shows more)",
            description = "Filter by kind, component and theme; with q, ranked by relevance (BM25 over title, summary, tags and body),"
                    + " otherwise newest published first.")
    ResourceListResponse list(@RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) MaturityComponent component, @RequestParam(required = false) EquityTheme theme,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (q != null && q.length() > MAX_SEARCH_LENGTH) {
            throw InvalidFieldsException.of("q", "Search words must be " + MAX_SEARCH_LENGTH + " characters or fewer");
        }
        Reader reader = readers.current();
        return ResourceListResponse.of(resources.browse(new ResourceQuery(kind, component, theme, q), reader, page, size));
    }

    @GetMapping("/taxonomy")
    @SecurityRequirements
    @Operation(summary = "The kinds, maturity components, equity themes and audiences, with their labels")
    TaxonomyResponse taxonomy() {
        return TaxonomyResponse.INSTANCE;
    }

    @GetMapping("/manage")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Every resource, drafts and archived ones included, most recently changed first")
    ManagedResourcesResponse manage(@RequestParam(required = false) ResourceStatus status) {
        return new ManagedResourcesResponse(resources.manage(status).stream().map(ManagedResourceResponse::of).toList());
    }

    @GetMapping("/{id}")
    @SecurityRequirements
    @Operation(summary = "One resource, if the caller may read it (otherwise 404), with up to three related resources")
    ResourceResponse get(@PathVariable String id) {
        Reader reader = readers.current();
        Resource resource = resources.read(id, reader);
        List<Resource> related = resources.related(resource, reader);
        return ResourceResponse.of(resource, reader.manager(), related);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Write a new resource (a draft)")
    ResponseEntity<ResourceResponse> create(@Valid @RequestBody ResourceRequest request) {
        Resource resource = resources.create(request.content(), clock.instant());
        return ResponseEntity.created(URI.create("/api/resources/" + resource.id())).body(ResourceResponse.of(resource, true, List.of()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Change a resource; a published one stays published and is announced again")
    ResourceResponse update(@PathVariable String id, @Valid @RequestBody ResourceUpdateRequest request) {
        return ResourceResponse.of(resources.update(id, request.content(), request.version(), clock.instant()), true, List.of());
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Publish a draft or an archived resource to its audience")
    ResourceResponse publish(@PathVariable String id, @Valid @RequestBody ResourceVersionRequest request) {
        return ResourceResponse.of(resources.publish(id, request.version(), clock.instant()), true, List.of());
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Archive a published resource: only programme managers see it then")
    ResourceResponse archive(@PathVariable String id, @Valid @RequestBody ResourceVersionRequest request) {
        return ResourceResponse.of(resources.archive(id, request.version(), clock.instant()), true, List.of());
    }

    /**
     * Who may do what, decided before any body is read (also checked by {@code @PreAuthorize}): reading is open to
     * anyone (the audience rules decide what they see), managing and writing need a programme manager.
     */
    @Configuration(proxyBeanMethods = false)
    public static class Access {

        @Bean
        RequestAuthorizations resourceRoles() {
            String manager = Role.PROGRAMME_MANAGER.name();
            return rules -> rules
                    .requestMatchers(HttpMethod.GET, "/api/resources/manage").hasRole(manager)
                    .requestMatchers(HttpMethod.GET, "/api/resources", "/api/resources/taxonomy", "/api/resources/*",
                            "/api/resources/*/attachments/*").permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/resources", "/api/resources/*/publish", "/api/resources/*/archive",
                            "/api/resources/*/attachments").hasRole(manager)
                    .requestMatchers(HttpMethod.PUT, "/api/resources/*").hasRole(manager)
                    .requestMatchers(HttpMethod.DELETE, "/api/resources/*/attachments/*").hasRole(manager);
        }
    }
}
