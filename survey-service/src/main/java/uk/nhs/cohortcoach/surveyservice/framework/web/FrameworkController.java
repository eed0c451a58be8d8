package uk.nhs.cohortcoach.surveyservice.framework.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Frameworks;

/** {@code /api/frameworks}: programme managers and coaches read frameworks; programme managers create and edit them. */
@RestController
@RequestMapping("/api/frameworks")
public class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')")
    List<FrameworkResponse.Summary> list() {
        return frameworks.all().stream().map(FrameworkResponse.Summary::of).toList();
    }

    @GetMapping("/{frameworkId}/versions/{number}")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')")
    FrameworkResponse version(@PathVariable String frameworkId, @PathVariable int number) {
        return FrameworkResponse.of(frameworks.version(frameworkId, number));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<FrameworkResponse> create(@Valid @RequestBody NewFrameworkRequest request) {
        Framework created = frameworks.create(request.id(), request.name().trim(), request.toComponents());
        return ResponseEntity.created(URI.create("/api/frameworks/" + created.frameworkId() + "/versions/" + created.number()))
                .body(FrameworkResponse.of(created));
    }

    @PutMapping("/{frameworkId}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    FrameworkResponse edit(@PathVariable String frameworkId, @Valid @RequestBody FrameworkRequest request) {
        return FrameworkResponse.of(frameworks.edit(frameworkId, request.name().trim(), request.toComponents(), request.version()));
    }

    /** Role rules before the body is read (also checked by {@code @PreAuthorize}). */
    @Configuration(proxyBeanMethods = false)
    public static class Access {

        @Bean
        RequestAuthorizations frameworkRoles() {
            return rules -> rules
                    .requestMatchers(HttpMethod.GET, "/api/frameworks", "/api/frameworks/*/versions/*")
                    .hasAnyRole("PROGRAMME_MANAGER", "COACH")
                    .requestMatchers("/api/frameworks", "/api/frameworks/**").hasRole("PROGRAMME_MANAGER");
        }
    }
}
