package uk.nhs.cohortcoach.web.collaboratives;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.CollaborativeApi;
import uk.nhs.cohortcoach.web.api.Dependents;
import uk.nhs.cohortcoach.web.api.Person;
import uk.nhs.cohortcoach.web.api.PersonApi;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.SummaryRow;

/**
 * {@code GET /collaboratives/{id}}: one collaborative (details as a summary list, its team, the links to
 * each team task); {@code /collaboratives/{id}/change} changes the details (POST-redirect-GET);
 * {@code /collaboratives/{id}/delete} asks first, saying what depends on it, then deletes and goes back to
 * its cohort.
 */
@Controller
class CollaborativeController {

    private final CollaborativeApi collaboratives;
    private final CohortApi cohorts;
    private final PersonApi people;
    private final Messages messages;
    private final Flash flash;

    CollaborativeController(CollaborativeApi collaboratives, CohortApi cohorts, PersonApi people, Messages messages, Flash flash) {
        this.collaboratives = collaboratives;
        this.cohorts = cohorts;
        this.people = people;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/collaboratives/{id}")
    String collaborative(@PathVariable String id, Model model) {
        Collaborative collaborative = collaboratives.get(id);
        Cohort cohort = cohorts.get(collaborative.cohortId());
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("cohort", cohort);
        model.addAttribute("closed", "CLOSED".equals(cohort.status()));
        model.addAttribute("details", details(collaborative, cohort, people.coaches()));
        model.addAttribute("team", collaboratives.team(id).participants());
        return "collaboratives/collaborative";
    }

    @GetMapping("/collaboratives/{id}/change")
    String change(@PathVariable String id, Model model) {
        Collaborative collaborative = collaboratives.get(id);
        return changePage(model, collaborative, CollaborativeForm.of(collaborative), CollaborativeForm.FIELDS.errors());
    }

    @PostMapping("/collaboratives/{id}/change")
    String save(@PathVariable String id, @ModelAttribute("form") CollaborativeForm form, Model model, HttpServletResponse response) {
        Collaborative collaborative = collaboratives.get(id);
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                Collaborative saved = collaboratives.change(id, form.toApi(collaborative.version()));
                flash.success(response, messages.get("collaborative.saved", saved.name()));
                return "redirect:/collaboratives/" + id;
            } catch (ApiProblemException refused) {
                CollaborativeForm.addApiErrors(errors, refused.problem(), messages);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return changePage(model, collaborative, form, errors);
    }

    @GetMapping("/collaboratives/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        Collaborative collaborative = collaboratives.get(id);
        Dependents dependents = collaboratives.dependents(id);
        model.addAttribute("confirmation", deletion(collaborative, dependents, dependents.deletable() ? null : dependents.detail()));
        return "confirm";
    }

    @PostMapping("/collaboratives/{id}/delete")
    String delete(@PathVariable String id, Model model, HttpServletResponse response) {
        Collaborative collaborative = collaboratives.get(id);
        try {
            collaboratives.delete(id);
        } catch (ApiProblemException refused) { // someone joined, or a session was booked, since the page was shown
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", deletion(collaborative, collaboratives.dependents(id), refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("collaborative.deleted", collaborative.name()));
        return "redirect:/cohorts/" + collaborative.cohortId();
    }

    private static Confirmation deletion(Collaborative collaborative, Dependents dependents, String refusal) {
        return new Confirmation("Are you sure you want to delete collaborative " + collaborative.name() + "?", dependents.inWords(), refusal,
                "/collaboratives/" + collaborative.id() + "/delete", "Delete collaborative", "/collaboratives/" + collaborative.id());
    }

    private String changePage(Model model, Collaborative collaborative, CollaborativeForm form, FormErrors errors) {
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("coaches", people.coaches());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "collaboratives/change";
    }

    /** The details as the summary list shows them; what is not given says so. */
    private static List<SummaryRow> details(Collaborative c, Cohort cohort, List<Person> coaches) {
        Map<String, String> coachNames = coaches.stream().collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a));
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Cohort", cohort.name() + " (" + cohort.statusInWords().toLowerCase(java.util.Locale.UK) + ")"));
        rows.add(SummaryRow.of("Sector", given(Choices.label(Choices.SECTORS, c.sector()))));
        rows.add(SummaryRow.of("Integrated care system", given(c.ics())));
        rows.add(SummaryRow.of("Senior responsible officer", given(c.seniorResponsibleOfficer())));
        rows.add(SummaryRow.of("Member trusts", given(c.members().stream().map(Collaborative.Member::inWords).collect(Collectors.joining("; ")))));
        rows.add(SummaryRow.of("Strategic priority", given(priority(c.priority()))));
        rows.add(SummaryRow.of("Planned coaching hours", String.valueOf(c.plannedCoachingHours())));
        rows.add(SummaryRow.of("Coaches", given(c.coachIds().stream().map(id -> coachNames.getOrDefault(id, id)).collect(Collectors.joining(", ")))));
        return rows;
    }

    private static String priority(Collaborative.Priority p) {
        if (p == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (p.area() != null && !p.area().isBlank()) {
            parts.add(p.area());
        }
        parts.add(p.core20() ? "Core20 focus (" + Choices.label(Choices.IMD_EDITIONS, p.imdEdition()) + ")" : "No Core20 focus");
        if (!p.plusGroups().isEmpty()) {
            parts.add("PLUS groups: " + String.join("; ", p.plusGroups()));
        }
        if (!p.clinicalAreas().isEmpty()) {
            parts.add("Clinical areas: " + p.clinicalAreas().stream().map(area -> Choices.label(Choices.CLINICAL_AREAS, area)).collect(Collectors.joining("; ")));
        }
        return String.join(". ", parts);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? "Not given" : value;
    }
}
