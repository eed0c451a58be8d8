package uk.nhs.cohortcoach.web.cohorts;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.NewCohort;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.signin.SignedInPerson;

/**
 * {@code GET /cohorts}: the cohorts this person may see and the form to create one;
 * {@code POST /cohorts}: creates it and redirects back (POST-redirect-GET), or shows the page again
 * with the API's refusals as GOV.UK error summary and field messages.
 */
@Controller
class CohortsController {

    /** The API's field names and the ids of the inputs they are about (a date links to its day input). */
    private static final Map<String, String> INPUT_OF = Map.of("name", "name", "phase", "phase",
            "description", "description", "startDate", "startDate-day", "endDate", "endDate-day");

    private final CohortApi cohorts;

    CohortsController(CohortApi cohorts) {
        this.cohorts = cohorts;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/cohorts";
    }

    @GetMapping("/cohorts")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        return page(person, model, CohortForm.empty(), FormErrors.none());
    }

    @PostMapping("/cohorts")
    String create(@AuthenticationPrincipal SignedInPerson person, @ModelAttribute CohortForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = form.check();
        if (!errors.any()) {
            try {
                Cohort created = cohorts.create(person.token(), new NewCohort(form.name().trim(), form.phaseNumber(),
                        form.description().isBlank() ? null : form.description(), form.startDate(), form.endDate()));
                redirect.addFlashAttribute("created", created.name());
                return "redirect:/cohorts";
            } catch (ApiProblemException refused) {
                errors = asFormErrors(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(person, model, form, errors);
    }

    private String page(SignedInPerson person, Model model, CohortForm form, FormErrors errors) {
        model.addAttribute("cohorts", cohorts.list(person.token()).items());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "cohorts";
    }

    /** The API's problem as the form's errors; one with no field errors is shown as a summary line. */
    static FormErrors asFormErrors(ApiProblem problem) {
        FormErrors errors = FormErrors.none();
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : INPUT_OF.getOrDefault(error.field(), "");
            errors = errors.with(field, sentence(error.field(), error.message()));
        }
        return errors.any() ? errors : errors.with("", problem.detail() == null ? problem.title() : problem.detail());
    }

    /** The API's messages are terse ("must not be blank"); a page says which field. TODO: GOV.UK wording per rule. */
    private static String sentence(String field, String message) {
        if (field == null || field.isEmpty()) {
            return message;
        }
        String label = switch (field) {
            case "startDate" -> "Start date";
            case "endDate" -> "End date";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
        return label + " " + message;
    }
}
