package uk.nhs.cohortcoach.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.LogDraft;
import uk.nhs.cohortcoach.web.api.LogDraftApi;
import uk.nhs.cohortcoach.web.api.NotSignedInException;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * {@code GET /sessions/{id}/log}: the session log on its own page, for the session's coach while the log is open,
 * the equity pause first; a draft kept earlier fills it in ("Draft saved at 14:32"). {@code POST} saves the log through
 * {@code PUT /api/sessions/{id}/log} and redirects to the session with a success banner, or shows the form again (400)
 * with the API's refusals in form order. The same form's "Save as draft" ({@code draft=save}, works without
 * JavaScript) keeps it as typed through {@code PUT /api/sessions/{id}/log-draft} and comes back to the form; "Add
 * another action" ({@code add=action}) shows it again with one more action row, saving nothing.
 * {@code POST /sessions/{id}/log/draft} is the same draft saved in the background by {@code log-draft.mjs}: it answers
 * JSON ({@code message} for the page's live region), never a page or a redirect.
 */
@Controller
class SessionLogController {

    private final CoachingApi coaching;
    private final LogDraftApi drafts;
    private final SessionNames names;
    private final Messages messages;
    private final Flash flash;
    private final Clock clock;

    SessionLogController(CoachingApi coaching, LogDraftApi drafts, SessionNames names, Messages messages, Flash flash, Clock clock) {
        this.coaching = coaching;
        this.drafts = drafts;
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
        Optional<LogDraft> draft = drafts.draft(session.id());
        LogForm form = draft.map(d -> LogForm.fromDraft(d.content(), session.version())).orElseGet(() -> LogForm.empty(session.version()));
        return page(model, session, form, form.fields().errors(), draft.map(d -> savedAt(d.savedAt())).orElse(null));
    }

    @PostMapping("/sessions/{id}/log")
    String save(@PathVariable String id, @ModelAttribute("form") LogForm form, @RequestParam(required = false) String add,
            @RequestParam(required = false) String draft, Model model, HttpServletResponse response) {
        Session session = coaching.session(id);
        if ("action".equals(add)) {
            LogForm more = form.withAnotherAction();
            return page(model, session, more, more.fields().errors(), null);
        }
        FormErrors errors = form.fields().errors();
        if ("save".equals(draft)) {
            try {
                LogDraft kept = drafts.keep(session.id(), form.toDraft());
                flash.success(response, messages.get("session.log.draftSaved", savedAt(kept.savedAt())));
                return "redirect:/sessions/" + session.id() + "/log";
            } catch (ApiProblemException refused) {
                form.addTo(errors, onForm(refused.problem()), "");
            }
        } else {
            errors = form.check(messages);
            if (!errors.any()) {
                try {
                    coaching.writeLog(session.id(), form.toApi());
                    flash.success(response, messages.get("session.logged", session.title()));
                    return "redirect:/sessions/" + session.id();
                } catch (ApiProblemException refused) {
                    form.addTo(errors, refused.problem(), "");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, session, form, errors, null);
    }

    /** The draft saved in the background: 200 {@code {savedAt, message}}, or the reason it was not saved. */
    @PostMapping(path = "/sessions/{id}/log/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, String>> autosave(@PathVariable String id, @ModelAttribute("form") LogForm form) {
        try {
            LogDraft kept = drafts.keep(id, form.toDraft());
            return ResponseEntity.ok(Map.of("savedAt", kept.savedAt().toString(),
                    "message", messages.get("session.log.draftSaved", savedAt(kept.savedAt()))));
        } catch (NotSignedInException expired) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", messages.get("session.log.draftSignIn")));
        } catch (ApiProblemException refused) {
            ApiProblem problem = refused.problem();
            String why = problem.errors().isEmpty() ? problem.detail() : problem.errors().get(0).message();
            return ResponseEntity.status(problem.status()).body(Map.of("message", messages.get("session.log.draftNotSaved", why)));
        }
    }

    /** "at 14:32" today, else "on 5 December 2026 at 14:32" (London). */
    private String savedAt(Instant at) {
        boolean today = LocalDate.ofInstant(at, TimeInput.LONDON).equals(LocalDate.ofInstant(clock.instant(), TimeInput.LONDON));
        return today ? "at " + Dates.time(at) : "on " + Dates.dateTime(at);
    }

    /** The draft API's field names as the log form's ({@code equityPauseSurfaced} is the form's {@code equityPause.surfaced}). */
    private static ApiProblem onForm(ApiProblem problem) {
        List<ApiProblem.FieldError> errors = problem.errors().stream().map(e -> new ApiProblem.FieldError(
                e.field() == null ? null : e.field().replace("equityPauseHeld", "equityPause.held")
                        .replace("equityPauseSurfaced", "equityPause.surfaced")
                        .replaceAll("^actions\\[(\\d+)]\\.due(Day|Month|Year)$", "actions[$1].dueDate"),
                e.message())).toList();
        return new ApiProblem(problem.status(), problem.title(), problem.detail(), errors);
    }

    private String page(Model model, Session session, LogForm form, FormErrors errors, String draftSaved) {
        Map<String, String> team = names.team(session.collaborativeId());
        model.addAttribute("session", session);
        model.addAttribute("collaborative", SessionNames.collaborativeName(names.collaboratives(), session.collaborativeId()));
        model.addAttribute("invitees", SessionNames.invitees(session, team));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("draftSaved", draftSaved);
        model.addAttribute("lock", LogLock.of(session.logEditableUntil(), clock.instant()));
        return "sessions/log";
    }
}
