package uk.nhs.cohortcoach.web.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiForbiddenException;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.SurveyApi;
import uk.nhs.cohortcoach.web.api.Wave;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * What a programme manager does to a wave: send reminders now ({@code POST /surveys/{id}/reminders}), close an
 * open wave and cancel a scheduled one, each through its confirmation page ({@code GET /surveys/{id}/close},
 * {@code GET /surveys/{id}/cancel}) whose form POSTs to the same address. Each goes back where it was asked
 * from ({@code from=list}: the list, otherwise the wave's page) with a success banner.
 */
@Controller
class WaveActionsController {

    private final SurveyApi surveys;
    private final CohortApi cohorts;
    private final Messages messages;
    private final Flash flash;

    WaveActionsController(SurveyApi surveys, CohortApi cohorts, Messages messages, Flash flash) {
        this.surveys = surveys;
        this.cohorts = cohorts;
        this.messages = messages;
        this.flash = flash;
    }

    @PostMapping("/surveys/{id}/reminders")
    String remind(@PathVariable String id, @RequestParam(defaultValue = "") String from, HttpServletResponse response) {
        int reminded = surveys.remind(id);
        flash.success(response, reminded == 0 ? messages.get("wave.remindedNobody") : messages.get("wave.reminded", reminded));
        return "redirect:" + back(id, from);
    }

    @GetMapping("/surveys/{id}/close")
    String confirmClose(@PathVariable String id, @RequestParam(defaultValue = "") String from, Model model) {
        Wave wave = surveys.wave(id);
        model.addAttribute("confirmation", closing(wave, from, wave.open() ? null : messages.get("wave.close.notOpen")));
        return "confirm";
    }

    @PostMapping("/surveys/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String from, Model model, HttpServletResponse response) {
        Wave wave = surveys.wave(id);
        try {
            surveys.close(id);
        } catch (ApiProblemException refused) { // closed by its schedule (or someone else) since the page was shown
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", closing(wave, from, refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("wave.closed", SurveyWords.label(wave.label()), cohortName(wave)));
        return "redirect:" + back(id, from);
    }

    @GetMapping("/surveys/{id}/cancel")
    String confirmCancel(@PathVariable String id, @RequestParam(defaultValue = "") String from, Model model) {
        Wave wave = surveys.wave(id);
        model.addAttribute("confirmation", cancelling(wave, from, wave.scheduled() ? null : messages.get("wave.cancel.notScheduled")));
        return "confirm";
    }

    @PostMapping("/surveys/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String from, Model model, HttpServletResponse response) {
        Wave wave = surveys.wave(id);
        try {
            surveys.cancel(id);
        } catch (ApiProblemException refused) { // it has opened since the page was shown
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", cancelling(wave, from, refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("wave.cancelled", SurveyWords.label(wave.label()), cohortName(wave)));
        return "redirect:" + back(id, from);
    }

    private Confirmation closing(Wave wave, String from, String refusal) {
        return new Confirmation(messages.get("wave.close.title", SurveyWords.label(wave.label()), cohortName(wave)), List.of(), refusal,
                action(wave, "close", from), messages.get("wave.close.button"), back(wave.id(), from));
    }

    private Confirmation cancelling(Wave wave, String from, String refusal) {
        return new Confirmation(messages.get("wave.cancel.title", SurveyWords.label(wave.label()), cohortName(wave)), List.of(), refusal,
                action(wave, "cancel", from), messages.get("wave.cancel.button"), back(wave.id(), from));
    }

    private static String action(Wave wave, String what, String from) {
        return "/surveys/" + wave.id() + "/" + what + ("list".equals(from) ? "?from=list" : "");
    }

    /** Only two places to go back to: never an address from the request. */
    private static String back(String id, String from) {
        return "list".equals(from) ? "/surveys" : "/surveys/" + id;
    }

    private String cohortName(Wave wave) {
        try {
            return cohorts.get(wave.cohortId()).name();
        } catch (ApiNotFoundException | ApiForbiddenException unknown) { // a cohort deleted since, or not this person's
            return wave.cohortId();
        }
    }
}
