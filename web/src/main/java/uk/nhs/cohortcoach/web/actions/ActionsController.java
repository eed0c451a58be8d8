package uk.nhs.cohortcoach.web.actions;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.api.Action;
import uk.nhs.cohortcoach.web.api.ActionApi;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /actions}: the open actions (soonest due first) and the completed ones (latest first) the person
 * may see (a member's own first, their teammates named from the team); {@code POST /actions/{id}/complete} and {@code /reopen} move one and redirect back with a banner.
 * {@code GET /actions/{id}/change} (programme managers and the collaborative's coaches) offers two forms:
 * change the text and due date ({@code POST .../edit}) and give it to someone else ({@code POST .../reassign});
 * each redirects to the list with a banner, or shows the page again (400) with its errors in form order.
 */
@Controller
class ActionsController {

    private final ActionApi actions;
    private final Messages messages;
    private final Flash flash;

    ActionsController(ActionApi actions, Messages messages, Flash flash) {
        this.actions = actions;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/actions")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        return listPage(person, model, FormErrors.none());
    }

    @PostMapping("/actions/{id}/complete")
    String complete(@PathVariable String id, @RequestParam long version, @AuthenticationPrincipal SignedInPerson person,
            Model model, HttpServletResponse response) {
        return move(id, version, true, person, model, response);
    }

    @PostMapping("/actions/{id}/reopen")
    String reopen(@PathVariable String id, @RequestParam long version, @AuthenticationPrincipal SignedInPerson person,
            Model model, HttpServletResponse response) {
        return move(id, version, false, person, model, response);
    }

    @GetMapping("/actions/{id}/change")
    String change(@PathVariable String id, Model model) {
        Action action = changeable(id);
        return changePage(model, action, EditForm.of(action), EditForm.FIELDS.errors(), ReassignForm.of(action),
                ReassignForm.FIELDS.errors());
    }

    @PostMapping("/actions/{id}/edit")
    String edit(@PathVariable String id, @ModelAttribute("editForm") EditForm form, Model model, HttpServletResponse response) {
        Action action = changeable(id);
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                Action changed = actions.edit(id, form.description().trim(), form.dueDate().date(), form.version());
                flash.success(response, messages.get("action.changed", changed.description()));
                return "redirect:/actions";
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return changePage(model, action, form, errors, ReassignForm.of(action), ReassignForm.FIELDS.errors());
    }

    @PostMapping("/actions/{id}/reassign")
    String reassign(@PathVariable String id, @ModelAttribute("reassignForm") ReassignForm form, Model model,
            HttpServletResponse response) {
        Action action = changeable(id);
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                Action given = form.outside()
                        ? actions.reassign(id, null, form.ownerName(), form.ownerEmail(), form.version())
                        : actions.reassign(id, form.ownerId(), null, null, form.version());
                String to = form.outside() ? form.ownerName()
                        : candidates(action, actions.people()).stream().filter(c -> c.value().equals(form.ownerId())).map(Choice::label)
                                .findFirst().orElse(given.ownerName() != null ? given.ownerName() : form.ownerId());
                flash.success(response, messages.get("action.given", to, action.description()));
                return "redirect:/actions";
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return changePage(model, action, EditForm.of(action), EditForm.FIELDS.errors(), form, errors);
    }

    private String move(String id, long version, boolean complete, SignedInPerson person, Model model, HttpServletResponse response) {
        try {
            Action moved = complete ? actions.complete(id, version) : actions.reopen(id, version);
            flash.success(response, messages.get(complete ? "action.done" : "action.reopened", moved.description()));
            return "redirect:/actions";
        } catch (ApiProblemException refused) { // changed by someone else since the page was shown
            response.setStatus(HttpStatus.CONFLICT.value());
            return listPage(person, model, FormErrors.none().addAll(refused.problem()));
        }
    }

    /** An open action this person may change; anything else is the 403 page (the API would refuse it too). */
    private Action changeable(String id) {
        Action action = actions.get(id);
        if (!action.mayChange() || action.done()) {
            throw new AccessDeniedException("action " + id + " may not be changed by this person");
        }
        return action;
    }

    private String listPage(SignedInPerson person, Model model, FormErrors errors) {
        List<Action> open = actions.list("OPEN", "dueDate");
        List<Action> done = actions.list("DONE", "completedOn,desc");
        Map<String, ActionApi.Named> collaboratives = actions.collaboratives();
        Map<String, ActionApi.Named> people = actions.people();
        boolean staff = person.is(Role.PROGRAMME_MANAGER) || person.is(Role.COACH);
        if (!staff) { // a member: their own actions first, and their teammates named from the team (the API lists them no one else)
            open = mineFirst(open, person);
            done = mineFirst(done, person);
            people = new java.util.HashMap<>(people);
            for (String collaborativeId : collaboratives.keySet()) {
                for (ActionApi.TeamMember member : actions.team(collaborativeId)) {
                    people.putIfAbsent(member.personId(), new ActionApi.Named(member.personId(), member.name(), null));
                }
            }
        }
        model.addAttribute("open", rows(open, person, collaboratives, people));
        model.addAttribute("done", rows(done, person, collaboratives, people));
        model.addAttribute("overdue", open.stream().filter(Action::overdue).count());
        model.addAttribute("staff", staff);
        model.addAttribute("errors", errors);
        return "actions/list";
    }

    /** The person's own actions, then the others, each group in the order the API gave. */
    private static List<Action> mineFirst(List<Action> list, SignedInPerson person) {
        return list.stream().sorted(java.util.Comparator.comparing((Action action) -> !person.id().equals(action.ownerId()))).toList();
    }

    private static List<ActionRow> rows(List<Action> list, SignedInPerson person, Map<String, ActionApi.Named> collaboratives,
            Map<String, ActionApi.Named> people) {
        return list.stream().map(action -> new ActionRow(action, owner(action, people),
                name(collaboratives.get(action.collaborativeId()), "A collaborative not known here"),
                action.mayChange() || (action.ownerId() != null && action.ownerId().equals(person.id())))).toList();
    }

    private static String owner(Action action, Map<String, ActionApi.Named> people) {
        String name = action.ownerName() != null && !action.ownerName().isBlank() ? action.ownerName()
                : name(people.get(action.ownerId()), "Someone not known here");
        return action.ownerEmail() != null ? name + " (" + action.ownerEmail() + ", outside the team)" : name;
    }

    private static String name(ActionApi.Named named, String unknown) {
        return named == null || named.name() == null ? unknown : named.name();
    }

    /** Whom it can be given to: the team, then the collaborative's coaches not in it, never its owner now. */
    private List<Choice> candidates(Action action, Map<String, ActionApi.Named> people) {
        List<Choice> choices = new ArrayList<>();
        List<ActionApi.TeamMember> team = actions.team(action.collaborativeId());
        team.forEach(member -> choices.add(Choice.of(member.personId(), member.name())));
        ActionApi.Named collaborative = actions.collaboratives().get(action.collaborativeId());
        if (collaborative != null) {
            collaborative.coachIds().stream()
                    .filter(coach -> team.stream().noneMatch(member -> member.personId().equals(coach)))
                    .forEach(coach -> choices.add(Choice.of(coach, name(people.get(coach), "Someone not known here") + " (coach)")));
        }
        return choices.stream().filter(choice -> !choice.value().equals(action.ownerId())).toList();
    }

    private String changePage(Model model, Action action, EditForm editForm, FormErrors editErrors, ReassignForm reassignForm,
            FormErrors reassignErrors) {
        Map<String, ActionApi.Named> people = actions.people();
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.of("", "Choose a person"));
        choices.addAll(candidates(action, people));
        model.addAttribute("action", action);
        model.addAttribute("owner", owner(action, people));
        model.addAttribute("editForm", editForm);
        model.addAttribute("editErrors", editErrors);
        model.addAttribute("reassignForm", reassignForm);
        model.addAttribute("reassignErrors", reassignErrors);
        model.addAttribute("candidates", choices);
        return "actions/change";
    }
}
