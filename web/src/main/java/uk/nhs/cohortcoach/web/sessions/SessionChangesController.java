package uk.nhs.cohortcoach.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
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
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * Rescheduling ({@code /sessions/{id}/reschedule}) and cancelling ({@code /sessions/{id}/cancel}, a confirmation
 * page that asks why) a scheduled session, for its coach or a programme manager (the API decides: 403 otherwise).
 * A new time that has already passed is not refused: the form comes back with a warning, and saving it again
 * uses it. A clash comes back as the list of the sessions it clashes with.
 */
@Controller
class SessionChangesController {

    private final CoachingApi coaching;
    private final Messages messages;
    private final Flash flash;
    private final Clock clock;

    SessionChangesController(CoachingApi coaching, Messages messages, Flash flash, Clock clock) {
        this.coaching = coaching;
        this.messages = messages;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/sessions/{id}/reschedule")
    String rescheduleForm(@PathVariable String id, Model model) {
        Session session = coaching.session(id);
        if (!session.scheduled() || session.logged()) {
            return "redirect:/sessions/" + session.id(); // held, cancelled or did not happen: nothing to move
        }
        return reschedulePage(model, session, RescheduleForm.of(session), RescheduleForm.fields().errors(), null, List.of());
    }

    @PostMapping("/sessions/{id}/reschedule")
    String reschedule(@PathVariable String id, @ModelAttribute("form") RescheduleForm form, Model model,
            HttpServletResponse response) {
        Session session = coaching.session(id);
        FormErrors errors = RescheduleForm.fields().errors();
        form.slot().checkInto(errors, messages);
        List<ClashLine> clashes = List.of();
        if (!errors.any() && form.slot().startIsPast(clock) && form.pastConfirmed().isEmpty()) {
            RescheduleForm confirmed = new RescheduleForm(form.date(), form.start(), form.end(), form.reason(), form.scope(), "yes");
            return reschedulePage(model, session, confirmed, errors, messages.get("slot.past"), clashes);
        }
        if (!errors.any()) {
            try {
                List<Session> moved = coaching.reschedule(session.id(), form.toApi(session.version()));
                flash.success(response, moved.size() > 1
                        ? messages.get("session.rescheduledMany", moved.size(), SessionWords.when(moved.get(0)))
                        : messages.get("session.rescheduled", moved.isEmpty() ? "" : SessionWords.when(moved.get(0))));
                return "redirect:/sessions/" + session.id();
            } catch (ApiProblemException refused) {
                clashes = addRefusal(errors, refused.problem());
            }
        }
        response.setStatus(clashes.isEmpty() ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
        return reschedulePage(model, session, form, errors, null, clashes);
    }

    @GetMapping("/sessions/{id}/cancel")
    String cancelForm(@PathVariable String id, Model model) {
        Session session = coaching.session(id);
        if (!session.scheduled() || session.logged()) {
            return "redirect:/sessions/" + session.id();
        }
        return cancelPage(model, session, "", "THIS", FormErrors.fields().input("reason").choice("scope").errors());
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "THIS") String scope, Model model, HttpServletResponse response) {
        Session session = coaching.session(id);
        FormErrors errors = FormErrors.fields().input("reason").choice("scope").errors();
        try {
            List<Session> cancelled = coaching.cancel(session.id(), reason.trim(), scope, session.version());
            flash.success(response, cancelled.size() > 1 ? messages.get("session.cancelledMany", cancelled.size())
                    : messages.get("session.cancelled", session.title()));
            return "redirect:/sessions/" + session.id();
        } catch (ApiProblemException refused) {
            errors.addAll(refused.problem());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return cancelPage(model, session, reason, scope, errors);
    }

    /** The API's refusal on the form: field errors on the slot's fields; a clash as one error on the date and the list. */
    List<ClashLine> addRefusal(FormErrors errors, ApiProblem problem) {
        if (!problem.clashes().isEmpty()) {
            errors.add("date", problem.clashes().size() == 1 ? messages.get("slot.clash")
                    : messages.get("slot.clashes", problem.clashes().size()));
            return ClashLine.of(problem);
        }
        errors.addAll(new ApiProblem(problem.status(), problem.title(), problem.detail(), problem.errors().stream()
                .map(e -> new ApiProblem.FieldError(e.field() == null ? null : Slot.fieldId(e.field()), e.message())).toList()));
        return List.of();
    }

    private String reschedulePage(Model model, Session session, RescheduleForm form, FormErrors errors, String pastWarning,
            List<ClashLine> clashes) {
        model.addAttribute("session", session);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pastWarning", pastWarning);
        model.addAttribute("clashes", clashes);
        return "sessions/reschedule";
    }

    private String cancelPage(Model model, Session session, String reason, String scope, FormErrors errors) {
        model.addAttribute("session", session);
        model.addAttribute("reason", reason);
        model.addAttribute("scope", scope);
        model.addAttribute("errors", errors);
        return "sessions/cancel";
    }
}
