package uk.nhs.cohortcoach.hubservice.registration.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.Registrant;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisations;
import uk.nhs.cohortcoach.hubservice.registration.Registering;
import uk.nhs.cohortcoach.hubservice.registration.RegistrationLinks;
import uk.nhs.cohortcoach.platform.support.problem.BodyChecks;

/**
 * Registering for an open event (anyone from a member organisation, no account) and the cancel link. The answer to a
 * registration is the same whatever happened, so it tells nobody who else is registered.
 */
@RestController
@SecurityRequirements // anyone may register; the cancel link's token is its only key
class RegistrationController {

    static final String ACCEPTED = "Thank you. We have sent you an email about your registration. If it does not arrive "
            + "within an hour, check your junk folder.";

    /** Who registers. */
    record OpenEventRegistrationRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 10) String odsCode,
            @NotBlank @Size(max = 100) String jobRole) {

        Registrant registrant() {
            return new Registrant(name.trim(), email.trim(), MemberOrganisations.normalised(odsCode), jobRole.trim());
        }
    }

    record OpenEventRegistrationAccepted(String message) {
    }

    record OpenEventCancellationView(String openEventId, String title, Instant startsAt, String timeZone, String status) {
    }

    record OpenEventCancellationDone(String status) {
    }

    private final Registering registering;
    private final MemberOrganisations organisations;

    RegistrationController(Registering registering, MemberOrganisations organisations) {
        this.registering = registering;
        this.organisations = organisations;
    }

    @InitBinder("openEventRegistrationRequest")
    void rules(WebDataBinder binder) {
        binder.addValidators(new BodyChecks<>(OpenEventRegistrationRequest.class, request ->
                request.odsCode() == null || request.odsCode().isBlank() || request.odsCode().length() > 10
                        || organisations.find(MemberOrganisations.normalised(request.odsCode())).isPresent()
                        ? Map.of() : Map.of("odsCode", "Select your organisation from the list of member organisations")));
    }

    @PostMapping("/api/open-events/{id}/registrations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    OpenEventRegistrationAccepted register(@PathVariable String id, @Valid @RequestBody OpenEventRegistrationRequest openEventRegistrationRequest) {
        registering.register(id, openEventRegistrationRequest.registrant());
        return new OpenEventRegistrationAccepted(ACCEPTED);
    }

    @GetMapping("/api/open-events/registrations/{cancelToken}")
    OpenEventCancellationView cancellation(@PathVariable String cancelToken) {
        RegistrationLinks.Found found = registering.viewCancellation(cancelToken);
        OpenEvent event = found.event();
        return new OpenEventCancellationView(event.id(), event.details().title(), event.startsAt(), OpenEvent.TIME_ZONE,
                found.registration().status().name());
    }

    @PostMapping("/api/open-events/registrations/{cancelToken}/cancel")
    OpenEventCancellationDone cancel(@PathVariable String cancelToken) {
        registering.cancel(cancelToken);
        return new OpenEventCancellationDone("CANCELLED");
    }

}
