package uk.nhs.cohortcoach.hubservice.organisation.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisation;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisations;
import uk.nhs.cohortcoach.hubservice.organisation.Sector;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/** {@code /api/member-organisations}: anyone lists them (sorted by name); programme managers add one. */
@RestController
@RequestMapping("/api/member-organisations")
public class MemberOrganisationController {

    /** A member organisation, as listed and as added. */
    record MemberOrganisationBody(
            @NotBlank @Pattern(regexp = "\\s*[A-Za-z0-9]{3,6}\\s*") String odsCode,
            @NotBlank @Size(max = 200) String name,
            @NotNull Sector sector,
            @NotBlank @Size(max = 100) String region) {

        static MemberOrganisationBody of(MemberOrganisation organisation) {
            return new MemberOrganisationBody(organisation.odsCode(), organisation.name(), organisation.sector(), organisation.region());
        }
    }

    private final MemberOrganisations organisations;

    MemberOrganisationController(MemberOrganisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @SecurityRequirements // the registration form needs the list without signing in
    List<MemberOrganisationBody> list() {
        return organisations.list().stream().map(MemberOrganisationBody::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<MemberOrganisationBody> add(@Valid @RequestBody MemberOrganisationBody body) {
        MemberOrganisation added = organisations.add(new MemberOrganisation(body.odsCode(), body.name(), body.sector(), body.region()));
        return ResponseEntity.created(URI.create("/api/member-organisations/" + added.odsCode())).body(MemberOrganisationBody.of(added));
    }

    /** Anyone may list; only programme managers add (decided before the body is read). */
    @Configuration(proxyBeanMethods = false)
    public static class Access {

        @Bean
        RequestAuthorizations memberOrganisationRoles() {
            return rules -> rules
                    .requestMatchers(HttpMethod.GET, "/api/member-organisations").permitAll()
                    .requestMatchers("/api/member-organisations", "/api/member-organisations/**").hasRole("PROGRAMME_MANAGER");
        }
    }
}
