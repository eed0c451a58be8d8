package uk.nhs.cohortcoach.web.cohorts;

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
import uk.nhs.cohortcoach.web.api.Dependents;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code GET /cohorts}: the cohorts and the form to create one; {@code POST /cohorts} creates it and
 * redirects back with a success banner (POST-redirect-GET), or shows the page again (400) with the form's
 * own checks and the API's refusals as the error summary and field messages, in form order.
 * {@code GET /cohorts/{id}/delete} asks "Are you sure" saying what depends on it; its POST deletes.
 */
@Controller
class CohortsController {

    private final CohortApi cohorts;
    private final Messages messages;
    private final Flash flash;

    CohortsController(CohortApi cohorts, Messages messages, Flash flash) {
        this.cohorts = cohorts;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/cohorts")
    String list(Model model) {
        return page(model, CohortForm.empty(), CohortForm.FIELDS.errors());
    }

    @PostMapping("/cohorts")
    String create(@ModelAttribute("form") CohortForm form, Model model, HttpServletResponse response) {
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                Cohort created = cohorts.create(form.toApi());
                flash.success(response, messages.get("cohort.created", created.name()));
                return "redirect:/cohorts";
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, form, errors);
    }

    @GetMapping("/cohorts/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        Cohort cohort = cohorts.get(id);
        Dependents dependents = cohorts.dependents(id);
        model.addAttribute("confirmation", confirmation(cohort, dependents, dependents.deletable() ? null : dependents.detail()));
        return "confirm";
    }

    @PostMapping("/cohorts/{id}/delete")
    String delete(@PathVariable String id, Model model, HttpServletResponse response) {
        Cohort cohort = cohorts.get(id);
        try {
            cohorts.delete(id);
        } catch (ApiProblemException refused) { // something came to depend on it since the page was shown
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", confirmation(cohort, cohorts.dependents(id), refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("cohort.deleted", cohort.name()));
        return "redirect:/cohorts";
    }

    private static Confirmation confirmation(Cohort cohort, Dependents dependents, String refusal) {
        return new Confirmation("Are you sure you want to delete cohort " + cohort.name() + "?", dependents.inWords(), refusal,
                "/cohorts/" + cohort.id() + "/delete", "Delete cohort", "/cohorts");
    }

    private String page(Model model, CohortForm form, FormErrors errors) {
        model.addAttribute("cohorts", cohorts.list().items());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "cohorts";
    }
}
