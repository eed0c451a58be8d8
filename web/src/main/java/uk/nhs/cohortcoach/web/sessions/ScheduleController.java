package uk.nhs.cohortcoach.web.sessions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * Scheduling a session or a series. {@code GET /calendar/schedule} first asks which collaborative (a GET form:
 * managers any, a coach those they coach); {@code ?collaborativeId=} then shows one form with its coaches and its
 * team to invite; the POST schedules ({@code POST /api/sessions} or {@code /series}) and goes to the session (or,
 * for a series, the calendar's list), or shows the form again: refusals in form order, a clash as the list of
 * sessions it clashes with, a start already past as a warning (saving again uses it).
 */
@Controller
class ScheduleController {

    private final CoachingApi coaching;
    private final SessionNames names;
    private final SessionChangesController changes;
    private final Messages messages;
    private final Flash flash;
    private final Clock clock;

    ScheduleController(CoachingApi coaching, SessionNames names, SessionChangesController changes, Messages messages, Flash flash,
            Clock clock) {
        this.coaching = coaching;
        this.names = names;
        this.changes = changes;
        this.messages = messages;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/calendar/schedule")
    String form(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) String collaborativeId, Model model) {
        List<Collaborative> allowed = allowed(person);
        Collaborative chosen = allowed.stream().filter(c -> c.id().equals(collaborativeId)).findFirst().orElse(null);
        if (chosen == null) {
            model.addAttribute("collaboratives", allowed.stream().map(c -> Choice.of(c.id(), c.name())).toList());
            return "sessions/schedulechoose";
        }
        Map<String, String> team = names.team(chosen.id());
        String coach = person.is(Role.PROGRAMME_MANAGER) ? (chosen.coachIds().isEmpty() ? "" : chosen.coachIds().get(0)) : person.id();
        return page(model, person, chosen, team, ScheduleForm.forTeam(chosen.id(), coach, new ArrayList<>(team.keySet())),
                ScheduleForm.fields().errors(), null, List.of());
    }

    @PostMapping("/calendar/schedule")
    String schedule(@AuthenticationPrincipal SignedInPerson person, @ModelAttribute("form") ScheduleForm form, Model model,
            HttpServletResponse response) {
        Collaborative chosen = allowed(person).stream().filter(c -> c.id().equals(form.collaborativeId())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a collaborative they may schedule for"));
        Map<String, String> team = names.team(chosen.id());
        FormErrors errors = ScheduleForm.fields().errors();
        form.checkInto(errors, messages);
        List<ClashLine> clashes = List.of();
        if (!errors.any() && form.slot().startIsPast(clock) && form.pastConfirmed().isEmpty()) {
            return page(model, person, chosen, team, form.confirmingPast(), errors, messages.get("slot.past"), clashes);
        }
        if (!errors.any()) {
            try {
                if (form.series()) {
                    List<Session> sessions = coaching.scheduleSeries(form.toApi());
                    flash.success(response, messages.get("session.scheduledSeries", sessions.size(), form.title().trim(),
                            sessions.isEmpty() ? "" : SessionWords.when(sessions.get(0))));
                    return "redirect:/calendar?view=list";
                }
                Session session = coaching.schedule(form.toApi());
                flash.success(response, messages.get("session.scheduled", session.title(), SessionWords.when(session)));
                return "redirect:/sessions/" + session.id();
            } catch (ApiProblemException refused) {
                ApiProblem problem = refused.problem();
                clashes = changes.addRefusal(errors, new ApiProblem(problem.status(), problem.title(), problem.detail(),
                        ScheduleForm.onForm(problem.errors()), problem.clashes()));
            }
        }
        response.setStatus(clashes.isEmpty() ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
        return page(model, person, chosen, team, form, errors, null, clashes);
    }

    /** Managers schedule for any collaborative; a coach for those they coach. */
    private List<Collaborative> allowed(SignedInPerson person) {
        return names.collaboratives().values().stream()
                .filter(c -> person.is(Role.PROGRAMME_MANAGER) || c.coachIds().contains(person.id())).toList();
    }

    private String page(Model model, SignedInPerson person, Collaborative collaborative, Map<String, String> team, ScheduleForm form,
            FormErrors errors, String pastWarning, List<ClashLine> clashes) {
        List<Choice> types = new ArrayList<>();
        SessionWords.TYPES_IN_ORDER.forEach(type -> types.add(Choice.of(type, SessionWords.type(type))));
        List<Choice> coaches = new ArrayList<>();
        if (person.is(Role.PROGRAMME_MANAGER)) {
            Map<String, String> known = new java.util.LinkedHashMap<>();
            collaborative.coachIds().forEach(id -> coaches.add(Choice.of(id, names.person(id, known))));
        }
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("coaches", coaches);
        model.addAttribute("types", types);
        model.addAttribute("team", team.entrySet().stream().map(e -> Choice.of(e.getKey(), e.getValue())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pastWarning", pastWarning);
        model.addAttribute("clashes", clashes);
        return "sessions/schedule";
    }
}
