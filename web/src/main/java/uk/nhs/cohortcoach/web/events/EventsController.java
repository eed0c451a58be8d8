package uk.nhs.cohortcoach.web.events;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.OpenEvent;
import uk.nhs.cohortcoach.web.api.OpenEventApi;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * The open events as anyone sees them, signed in or not. {@code GET /events}: upcoming events (when, places left or
 * "Full: join the waiting list", speakers) and past ones ("Watch the recording" once it is in the knowledge hub).
 * {@code GET /events/{id}}: the event, "Add to calendar" and the registration form; its {@code POST} registers and
 * redirects to {@code /events/{id}/registered} ("Check your email", the same whatever hub-service did: a place, the
 * waiting list, or an address registered before), or shows the form again as typed with hub-service's refusals (400;
 * 409 when registration has closed meanwhile).
 */
@Controller
class EventsController {

    private final OpenEventApi events;
    private final Clock clock;

    EventsController(OpenEventApi events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/events")
    String list(Model model) {
        model.addAttribute("upcoming", events.upcoming());
        model.addAttribute("past", events.past());
        model.addAttribute("manager", SignedInPerson.current().map(person -> person.is(Role.PROGRAMME_MANAGER)).orElse(false));
        return "events/list";
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable String id, Model model) {
        return page(model, events.get(id), RegistrationForm.empty(), RegistrationForm.FIELDS.errors());
    }

    @PostMapping("/events/{id}")
    String register(@PathVariable String id, @ModelAttribute("form") RegistrationForm form, Model model, HttpServletResponse response) {
        FormErrors errors = RegistrationForm.FIELDS.errors();
        try {
            events.register(id, form.toApi());
            return "redirect:/events/" + EventWords.segment(id) + "/registered";
        } catch (ApiProblemException refused) {
            errors.addAll(refused.problem());
            response.setStatus(refused.problem().status() == HttpStatus.CONFLICT.value() ? HttpStatus.CONFLICT.value()
                    : HttpStatus.BAD_REQUEST.value());
        }
        return page(model, events.get(id), form, errors);
    }

    @GetMapping("/events/{id}/registered")
    String registered(@PathVariable String id, Model model) {
        model.addAttribute("event", events.get(id));
        return "events/registered";
    }

    /** Whether the form is offered: hub-service says so (closed once the event has started, or when cancelled). */
    static boolean open(OpenEvent event) {
        return !event.cancelled() && !Boolean.FALSE.equals(event.registrationOpen());
    }

    /** The member organisations as the select offers them: "Name (ODS code)", a blank choice first. */
    private List<Choice> organisations() {
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.of("", "Choose your organisation"));
        events.organisations().forEach(organisation ->
                choices.add(Choice.of(organisation.odsCode(), organisation.name() + " (" + organisation.odsCode() + ")")));
        return choices;
    }

    private String page(Model model, OpenEvent event, RegistrationForm form, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("over", event.endsAt() != null && event.endsAt().isBefore(clock.instant()));
        model.addAttribute("organisations", open(event) ? organisations() : List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/event";
    }
}
