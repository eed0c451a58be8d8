package uk.nhs.cohortcoach.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * Recording a session that took place without being scheduled, with its log, in one request
 * ({@code POST /api/sessions/held}). First the coach chooses which of their collaboratives
 * ({@code GET /my-sessions/held}, a GET form); then one page asks for the session's details, who was invited
 * (the team, everyone ticked), and its log ({@code GET /my-sessions/held?collaborativeId=}); its POST records
 * it and redirects to the new session's page, or shows every refusal, the session's and the log's, in form order.
 */
@Controller
class HeldSessionController {

    private final CoachingApi coaching;
    private final SessionNames names;
    private final Messages messages;
    private final Flash flash;

    HeldSessionController(CoachingApi coaching, SessionNames names, Messages messages, Flash flash) {
        this.coaching = coaching;
        this.names = names;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/my-sessions/held")
    String form(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) String collaborativeId, Model model) {
        List<Collaborative> mine = mine(person);
        Collaborative chosen = mine.stream().filter(c -> c.id().equals(collaborativeId)).findFirst().orElse(null);
        if (chosen == null) {
            model.addAttribute("collaboratives", mine.stream().map(c -> Choice.of(c.id(), c.name())).toList());
            model.addAttribute("refused", collaborativeId != null);
            return "sessions/heldchoose";
        }
        Map<String, String> team = names.team(chosen.id());
        HeldDetails details = HeldDetails.forTeam(chosen.id(), new ArrayList<>(team.keySet()));
        LogForm log = LogForm.empty(null);
        return page(model, chosen, team, details, log, fields(log).errors());
    }

    @PostMapping("/my-sessions/held")
    String record(@AuthenticationPrincipal SignedInPerson person, @ModelAttribute("details") HeldDetails details,
            @ModelAttribute("form") LogForm log, @RequestParam(required = false) String add, Model model,
            HttpServletResponse response) {
        Collaborative chosen = mine(person).stream().filter(c -> c.id().equals(details.collaborativeId())).findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not their collaborative"));
        Map<String, String> team = names.team(chosen.id());
        if ("action".equals(add)) {
            LogForm more = log.withAnotherAction();
            return page(model, chosen, team, details, more, fields(more).errors());
        }
        FormErrors errors = fields(log).errors();
        details.checkInto(errors, messages);
        log.checkInto(errors, messages);
        if (!errors.any()) {
            try {
                String sessionId = coaching.recordHeld(details.toApi(person.id(), log));
                flash.success(response, messages.get("session.recorded", details.title().trim()));
                return "redirect:/sessions/" + sessionId;
            } catch (ApiProblemException refused) {
                ApiProblem problem = refused.problem();
                List<ApiProblem.FieldError> onForm = new ArrayList<>(HeldDetails.onForm(
                        problem.errors().stream().filter(e -> e.field() == null || !e.field().startsWith("log.")).toList()));
                onForm.addAll(log.onForm(problem.errors().stream().filter(e -> e.field() != null && e.field().startsWith("log.")).toList(), "log."));
                errors.addAll(new ApiProblem(problem.status(), problem.title(), problem.detail(), onForm));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, chosen, team, details, log, errors);
    }

    private static FormErrors.Fields fields(LogForm log) {
        return log.fieldsAfter(HeldDetails.fields());
    }

    /** The collaboratives this coach coaches (only those can have their sessions). */
    private List<Collaborative> mine(SignedInPerson person) {
        return names.collaboratives().values().stream().filter(c -> c.coachIds().contains(person.id())).toList();
    }

    private String page(Model model, Collaborative collaborative, Map<String, String> team, HeldDetails details, LogForm log,
            FormErrors errors) {
        List<Choice> people = team.entrySet().stream().map(e -> Choice.of(e.getKey(), e.getValue())).toList();
        List<Choice> types = new ArrayList<>();
        types.add(Choice.of("", "Choose a type"));
        SessionWords.TYPES_IN_ORDER.forEach(type -> types.add(Choice.of(type, SessionWords.type(type))));
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("team", people);
        model.addAttribute("types", types);
        model.addAttribute("details", details);
        model.addAttribute("form", log);
        model.addAttribute("errors", errors);
        return "sessions/held";
    }
}
