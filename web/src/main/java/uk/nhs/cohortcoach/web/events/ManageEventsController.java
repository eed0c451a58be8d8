package uk.nhs.cohortcoach.web.events;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.OpenEvent;
import uk.nhs.cohortcoach.web.api.OpenEventManagementApi;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * A programme manager's open events: {@code /events/manage} lists every event (upcoming and past, cancelled ones
 * too); {@code /events/new} schedules one and {@code /events/{id}/edit} changes one (every field; "Add another
 * speaker" shows the form again with one more row, saving nothing); {@code /events/{id}/cancel} asks why and warns
 * that it cannot be undone, then cancels (everyone registered is told). Each POST redirects with a success banner, or
 * shows its form again as typed with the errors in form order (400; 409 for a stale version or a refused move).
 */
@Controller
class ManageEventsController {

    private final OpenEventManagementApi events;
    private final Messages messages;
    private final Flash flash;

    ManageEventsController(OpenEventManagementApi events, Messages messages, Flash flash) {
        this.events = events;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/events/manage")
    String manage(Model model) {
        model.addAttribute("upcoming", events.upcoming());
        model.addAttribute("past", events.past());
        return "events/manage";
    }

    @GetMapping("/events/new")
    String scheduling(Model model) {
        return form(model, null, EventForm.empty(), EventForm.FIELDS.errors());
    }

    @PostMapping("/events/new")
    String schedule(@ModelAttribute("form") EventForm form, @RequestParam(required = false) String add, Model model,
            HttpServletResponse response) {
        if ("speaker".equals(add)) {
            return form(model, null, form.withAnotherSpeaker(), EventForm.FIELDS.errors());
        }
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                String id = events.create(form.toApi());
                flash.success(response, messages.get("event.scheduled", form.title().strip()));
                return "redirect:/events/" + EventWords.segment(id) + "/registrations";
            } catch (ApiProblemException refused) {
                refusedInto(errors, form, refused, response);
                return form(model, null, form, errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, null, form, errors);
    }

    @GetMapping("/events/{id}/edit")
    String changing(@PathVariable String id, Model model) {
        OpenEvent event = events.manage(id);
        return form(model, event, EventForm.of(event), EventForm.FIELDS.errors());
    }

    @PostMapping("/events/{id}/edit")
    String change(@PathVariable String id, @ModelAttribute("form") EventForm form, @RequestParam(required = false) String add,
            Model model, HttpServletResponse response) {
        OpenEvent event = events.manage(id);
        if ("speaker".equals(add)) {
            return form(model, event, form.withAnotherSpeaker(), EventForm.FIELDS.errors());
        }
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                events.update(id, form.toApi());
                flash.success(response, messages.get("event.changed", form.title().strip()));
                return "redirect:/events/" + EventWords.segment(id) + "/registrations";
            } catch (ApiProblemException refused) {
                refusedInto(errors, form, refused, response);
                return form(model, event, form, errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, event, form, errors);
    }

    @GetMapping("/events/{id}/cancel")
    String confirmCancel(@PathVariable String id, Model model) {
        return cancelPage(model, events.manage(id), "", FormErrors.fields().input("reason").errors());
    }

    @PostMapping("/events/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        OpenEvent event = events.manage(id);
        FormErrors errors = FormErrors.fields().input("reason").errors();
        try {
            events.cancel(id, reason == null || reason.isBlank() ? null : reason.strip());
            flash.success(response, messages.get("event.cancelled", event.title()));
            return "redirect:/events/manage";
        } catch (ApiProblemException refused) {
            errors.addAll(refused.problem());
            response.setStatus(refused.problem().status() == HttpStatus.CONFLICT.value() ? HttpStatus.CONFLICT.value()
                    : HttpStatus.BAD_REQUEST.value());
        }
        return cancelPage(model, event, reason == null ? "" : reason, errors);
    }

    private static void refusedInto(FormErrors errors, EventForm form, ApiProblemException refused, HttpServletResponse response) {
        ApiProblem problem = refused.problem();
        errors.addAll(new ApiProblem(problem.status(), problem.title(), problem.detail(), form.onForm(problem.errors())));
        response.setStatus(problem.status() == HttpStatus.CONFLICT.value() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
    }

    private static String form(Model model, OpenEvent event, EventForm form, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/form";
    }

    private static String cancelPage(Model model, OpenEvent event, String reason, FormErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "events/cancel";
    }
}
