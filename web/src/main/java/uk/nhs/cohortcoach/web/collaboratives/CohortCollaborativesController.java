package uk.nhs.cohortcoach.web.collaboratives;

import jakarta.servlet.http.HttpServletResponse;
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
import uk.nhs.cohortcoach.web.api.PersonApi;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code GET /cohorts/{id}}: a cohort's collaboratives and the form to enrol one (not for a closed cohort);
 * {@code POST /cohorts/{id}} enrols it and goes to the new collaborative's page with a success banner, or
 * shows the page again (400) with the form's errors in form order.
 */
@Controller
class CohortCollaborativesController {

    private final CohortApi cohorts;
    private final CollaborativeApi collaboratives;
    private final PersonApi people;
    private final Messages messages;
    private final Flash flash;

    CohortCollaborativesController(CohortApi cohorts, CollaborativeApi collaboratives, PersonApi people, Messages messages, Flash flash) {
        this.cohorts = cohorts;
        this.collaboratives = collaboratives;
        this.people = people;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/cohorts/{id}")
    String cohort(@PathVariable String id, Model model) {
        return page(model, cohorts.get(id), CollaborativeForm.empty(), CollaborativeForm.FIELDS.errors());
    }

    @PostMapping("/cohorts/{id}")
    String enrol(@PathVariable String id, @ModelAttribute("form") CollaborativeForm form, Model model, HttpServletResponse response) {
        Cohort cohort = cohorts.get(id);
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                Collaborative enrolled = collaboratives.enrol(id, form.toApi(null));
                flash.success(response, messages.get("collaborative.enrolled", enrolled.name()));
                return "redirect:/collaboratives/" + enrolled.id();
            } catch (ApiProblemException refused) {
                CollaborativeForm.addApiErrors(errors, refused.problem(), messages);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, cohort, form, errors);
    }

    private String page(Model model, Cohort cohort, CollaborativeForm form, FormErrors errors) {
        boolean closed = "CLOSED".equals(cohort.status());
        model.addAttribute("cohort", cohort);
        model.addAttribute("collaboratives", collaboratives.ofCohort(cohort.id()).items());
        model.addAttribute("coaches", closed ? java.util.List.of() : people.coaches());
        model.addAttribute("closed", closed);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "collaboratives/cohort";
    }
}
