package uk.nhs.cohortcoach.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code GET /sessions/{id}/log}: the session log form, for the session's coach while the log is open;
 * {@code POST} saves it through {@code PUT /api/sessions/{id}/log} and redirects to "My sessions" with a
 * success banner, or shows the form again (400) with the API's refusals in form order. A POST with
 * {@code add=action} ("Add another action") shows the form again with one more action row, saving nothing.
 */
@Controller
class SessionLogController {

    private final CoachingApi coaching;
    private final SessionNames names;
    private final Messages messages;
    private final Flash flash;
    private final Clock clock;

    SessionLogController(CoachingApi coaching, SessionNames names, Messages messages, Flash flash, Clock clock) {
        this.coaching = coaching;
        this.names = names;
        this.messages = messages;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/sessions/{id}/log")
    String form(@PathVariable String id, Model model) {
        Session session = coaching.session(id);
        if (session.logged() || !session.logOpen(clock.instant())) {
            return "redirect:/sessions/" + session.id(); // the session's page says why it cannot be logged here
        }
        LogForm form = LogForm.empty(session.version());
        return page(model, session, form, form.fields().errors());
    }

    @PostMapping("/sessions/{id}/log")
    String save(@PathVariable String id, @ModelAttribute("form") LogForm form, @RequestParam(required = false) String add,
            Model model, HttpServletResponse response) {
        Session session = coaching.session(id);
        if ("action".equals(add)) {
            LogForm more = form.withAnotherAction();
            return page(model, session, more, more.fields().errors());
        }
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                coaching.writeLog(session.id(), form.toApi());
                flash.success(response, messages.get("session.logged", session.title()));
                return "redirect:/my-sessions";
            } catch (ApiProblemException refused) {
                form.addTo(errors, refused.problem(), "");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, session, form, errors);
    }

    private String page(Model model, Session session, LogForm form, FormErrors errors) {
        Map<String, String> team = names.team(session.collaborativeId());
        model.addAttribute("session", session);
        model.addAttribute("collaborative", SessionNames.collaborativeName(names.collaboratives(), session.collaborativeId()));
        model.addAttribute("invitees", SessionNames.invitees(session, team));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "sessions/log";
    }
}
