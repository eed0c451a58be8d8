package uk.nhs.cohortcoach.web.hub;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.CohortInsights;
import uk.nhs.cohortcoach.web.api.HubApi;
import uk.nhs.cohortcoach.web.api.HubResource;
import uk.nhs.cohortcoach.web.api.InsightsApi;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code /hub/insights/new?cohortId=}: a cohort's insights from coaching-service (tables of counts, and what the
 * equity pauses surfaced, listed for reading) beside a new insight digest whose body starts as the counts only —
 * never the surfaced words. The form POSTs to {@code /hub/insights/{cohortId}} (the period kept in the query: a refused
 * digest comes back beside the same insights; not to the page's own address, whose {@code cohortId} would be confused with
 * the form's audience cohort), which creates the digest as a draft and goes to its edit page.
 */
@Controller
class InsightsController {

    private final InsightsApi insights;
    private final CohortApi cohorts;
    private final HubApi hub;
    private final Messages messages;
    private final Flash flash;

    InsightsController(InsightsApi insights, CohortApi cohorts, HubApi hub, Messages messages, Flash flash) {
        this.insights = insights;
        this.cohorts = cohorts;
        this.hub = hub;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/hub/insights/new")
    String insights(@RequestParam String cohortId, @ModelAttribute("period") InsightPeriod period, Model model,
            HttpServletResponse response) {
        Cohort cohort = cohorts.get(cohortId);
        FormErrors periodErrors = period.check(messages);
        CohortInsights found = fetch(cohortId, period, periodErrors);
        HubWords words = new HubWords(hub.taxonomy());
        if (periodErrors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return page(model, cohort, period, periodErrors, found, words,
                ResourceForm.digest(cohortId, found == null ? "" : DigestBody.of(cohort.name(), found, words)), ResourceForm.FIELDS.errors());
    }

    @PostMapping("/hub/insights/{cohortId}")
    String create(@PathVariable String cohortId, @ModelAttribute("period") InsightPeriod period, @ModelAttribute("form") ResourceForm form,
            @RequestParam(required = false) String addLink, Model model, HttpServletResponse response) {
        Cohort cohort = cohorts.get(cohortId);
        ResourceForm digest = new ResourceForm(ResourceForm.INSIGHT_DIGEST, null, form.title(), form.summary(), form.body(), form.links(),
                form.components(), form.themes(), form.audience(), form.cohortId(), null);
        FormErrors errors = ResourceForm.FIELDS.errors();
        if (addLink != null) {
            digest = digest.withAnotherLink();
        } else {
            errors = digest.check(messages);
            if (!errors.any()) {
                try {
                    HubResource created = hub.create(digest.toApi());
                    flash.success(response, messages.get("hub.created", created.title()));
                    return "redirect:/hub/resources/" + created.id() + "/edit";
                } catch (ApiProblemException refused) {
                    digest.refused(refused.problem(), errors);
                }
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        FormErrors periodErrors = period.check(messages);
        return page(model, cohort, period, periodErrors, fetch(cohortId, period, periodErrors), new HubWords(hub.taxonomy()), digest, errors);
    }

    private CohortInsights fetch(String cohortId, InsightPeriod period, FormErrors periodErrors) {
        if (periodErrors.any()) {
            return null;
        }
        try {
            return insights.of(cohortId, period.from().date(), period.to().date());
        } catch (ApiProblemException refused) { // an end before the start
            refused.problem().errors().forEach(error -> periodErrors.add(error.field(), error.message()));
            if (refused.problem().errors().isEmpty()) {
                periodErrors.add("", refused.problem().detail());
            }
            return null;
        }
    }

    private String page(Model model, Cohort cohort, InsightPeriod period, FormErrors periodErrors, CohortInsights found, HubWords words,
            ResourceForm form, FormErrors errors) {
        model.addAttribute("cohort", cohort);
        model.addAttribute("period", period);
        model.addAttribute("periodErrors", periodErrors);
        model.addAttribute("insights", found);
        model.addAttribute("words", words);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", period.address(cohort.id()));
        model.addAttribute("cohorts", ManageController.cohortChoices(cohorts));
        return "hub/insights";
    }
}
