package uk.nhs.cohortcoach.web.member;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.MySurveysApi;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.surveys.SurveyWords;

/**
 * {@code GET /my-surveys} "My surveys": the open waves the member is invited to, closing soonest first, each with how
 * far they have got (from their own invitation only) and, until submitted, "Send me my link again": {@code POST
 * /my-surveys/{waveId}/link} asks survey-service for a fresh link (emailed to them; the old one stops working, the
 * saved answers stay) and redirects back with a banner. A refusal (the survey closed or was submitted meanwhile, or
 * asked again within a minute) shows the list again with the API's words and its status.
 */
@Controller
class MySurveysController {

    private final MySurveysApi surveys;
    private final Messages messages;
    private final Flash flash;

    MySurveysController(MySurveysApi surveys, Messages messages, Flash flash) {
        this.surveys = surveys;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/my-surveys")
    String mySurveys(Model model) {
        return page(model, null);
    }

    @PostMapping("/my-surveys/{waveId}/link")
    String sendLinkAgain(@PathVariable String waveId, Model model, HttpServletResponse response) {
        try {
            MySurveysApi.MySurvey survey = surveys.reissueLink(waveId);
            flash.success(response, messages.get("survey.linkSent", SurveyWords.label(survey.label())));
            return "redirect:/my-surveys";
        } catch (ApiProblemException refused) {
            response.setStatus(refused.problem().status());
            return page(model, refused.problem().detail());
        }
    }

    private String page(Model model, String refusal) {
        List<MySurveysApi.MySurvey> mine = surveys.mine();
        model.addAttribute("surveys", mine);
        model.addAttribute("refusal", refusal);
        return "member/surveys";
    }
}
