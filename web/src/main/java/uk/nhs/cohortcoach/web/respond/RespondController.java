package uk.nhs.cohortcoach.web.respond;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.SurveyLink;
import uk.nhs.cohortcoach.web.api.SurveyLinkApi;
import uk.nhs.cohortcoach.web.api.SurveyLinkRefusedException;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Layouts;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code GET /respond/{token}}: the introduction (with the privacy notice), or for a member coming back
 * with a saved draft the first step with something left to answer. {@code ?step=1..n} is one component's
 * statements, {@code ?step=check} checking the answers, {@code ?step=saved} "your answers have been saved",
 * {@code ?step=done} the confirmation. {@code POST /respond/{token}} saves the step's answers as the draft
 * (survey-service's {@code PUT /draft}) and goes on ({@code action=continue}, which first needs every
 * required statement answered), back ({@code back}) or to "saved" ({@code save}); {@code action=submit}
 * submits the saved draft. Each POST redirects (POST-redirect-GET) or shows its page again (400) with the
 * errors in form order. A link that cannot be used says why, on its own page.
 */
@Controller
class RespondController {

    /** What a link's token looks like; anything else is not asked about. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,200}");

    private final SurveyLinkApi surveys;
    private final Messages messages;
    private final Layouts layouts;

    RespondController(SurveyLinkApi surveys, Messages messages, Layouts layouts) {
        this.surveys = surveys;
        this.messages = messages;
        this.layouts = layouts;
    }

    /** The address holds the link's token: it is never sent on as a referrer (the gateway says so too). */
    @ModelAttribute
    void noReferrer(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    @GetMapping("/respond/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String step, Model model) {
        if ("done".equals(step)) {
            return done(token);
        }
        SurveyView view = new SurveyView(token, surveys.open(checked(token)));
        model.addAttribute("view", view);
        if (step == null) {
            if (view.survey().draft().empty()) {
                return "respond/intro";
            }
            model.addAttribute("welcomeBack", true); // resumes where they stopped
            return view.survey().firstUnansweredStep().map(first -> stepPage(model, view, first, view.fields().errors()))
                    .orElseGet(() -> checkPage(model, view, view.fields().errors()));
        }
        return switch (step) {
            case "intro" -> "respond/intro";
            case "check" -> checkPage(model, view, view.fields().errors());
            case "saved" -> "respond/saved";
            default -> {
                Integer number = stepNumber(step, view);
                yield number == null ? "redirect:" + view.address() : stepPage(model, view, number, view.fields().errors());
            }
        };
    }

    @PostMapping("/respond/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        SurveyView view = new SurveyView(token, surveys.open(checked(token)));
        String action = String.valueOf(form.getFirst("action"));
        String step = String.valueOf(form.getFirst("step"));
        if ("check".equals(step)) {
            return fromCheck(view, action, model, response);
        }
        Integer number = stepNumber(step, view);
        if (number == null) {
            return "redirect:" + view.address();
        }
        SurveyLink.Component component = view.survey().components().get(number - 1);
        Map<String, String> answers = new LinkedHashMap<>(view.survey().draft().answers());
        Map<String, String> comments = new LinkedHashMap<>(view.survey().draft().comments());
        for (SurveyLink.Statement statement : component.statements()) {
            String stage = form.getFirst("answers." + statement.id());
            if (stage == null || stage.isBlank()) {
                answers.remove(statement.id());
            } else {
                answers.put(statement.id(), stage);
            }
        }
        if (component.commentAllowed()) {
            String comment = form.getFirst("comments." + component.component());
            if (comment == null || comment.isBlank()) {
                comments.remove(component.component());
            } else {
                comments.put(component.component(), comment);
            }
        }
        SurveyView typed = new SurveyView(token, withDraft(view.survey(), answers, comments));
        FormErrors errors = view.fields().errors();
        try {
            surveys.saveDraft(token, answers, comments);
        } catch (ApiProblemException refused) {
            errors.addAll(refused.problem());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return stepPage(model, typed, number, errors);
        }
        switch (action) {
            case "save" -> {
                return "redirect:" + view.address() + "?step=saved";
            }
            case "back" -> {
                return "redirect:" + (number == 1 ? view.address() + "?step=intro" : view.stepAddress(number - 1));
            }
            default -> { // continue
                for (SurveyLink.Statement statement : component.statements()) {
                    if (statement.required() && !answers.containsKey(statement.id())) {
                        errors.add(SurveyView.answerId(statement.id()), messages.get("respond.answer.missing", statement.text()));
                    }
                }
                if (errors.any()) {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    return stepPage(model, typed, number, errors);
                }
                return "redirect:" + (number < view.components() ? view.stepAddress(number + 1) : view.checkAddress());
            }
        }
    }

    /** The check page's buttons: submit, save for later (the draft is saved already), or back to the last step. */
    private String fromCheck(SurveyView view, String action, Model model, HttpServletResponse response) {
        switch (action) {
            case "save" -> {
                return "redirect:" + view.address() + "?step=saved";
            }
            case "back" -> {
                return "redirect:" + view.stepAddress(view.components());
            }
            default -> {
                try {
                    surveys.submit(view.token());
                } catch (ApiProblemException refused) {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    return checkPage(model, view, view.fields().errors().addAll(refused.problem()));
                }
                return "redirect:" + view.address() + "?step=done";
            }
        }
    }

    /** The confirmation, shown only once the answers really are submitted (else back to the survey). */
    private String done(String token) {
        try {
            surveys.open(checked(token));
        } catch (SurveyLinkRefusedException refused) {
            if (refused.reason() == SurveyLinkRefusedException.Reason.ALREADY_ANSWERED) {
                return "respond/done";
            }
            throw refused;
        }
        return "redirect:/respond/" + token;
    }

    /** A link that cannot be used: what it means and what to do, in its own words. */
    @ExceptionHandler(SurveyLinkRefusedException.class)
    String refused(SurveyLinkRefusedException refused, Model model, jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setStatus(switch (refused.reason()) {
            case UNKNOWN -> HttpStatus.NOT_FOUND.value();
            case CLOSED -> HttpStatus.GONE.value();
            case NOT_OPEN, ALREADY_ANSWERED -> HttpStatus.CONFLICT.value();
        });
        model.addAttribute("layout", layouts.of(request, response));
        model.addAttribute("reason", refused.reason().name());
        return "respond/refused";
    }

    private static String checked(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new SurveyLinkRefusedException(SurveyLinkRefusedException.Reason.UNKNOWN);
        }
        return token;
    }

    private static Integer stepNumber(String step, SurveyView view) {
        try {
            int number = Integer.parseInt(step);
            return number >= 1 && number <= view.components() ? number : null;
        } catch (NumberFormatException notAStep) {
            return null;
        }
    }

    private static String stepPage(Model model, SurveyView view, int step, FormErrors errors) {
        model.addAttribute("view", view);
        model.addAttribute("step", step);
        model.addAttribute("component", view.survey().components().get(step - 1));
        model.addAttribute("errors", errors);
        model.addAttribute("welcomeBack", Boolean.TRUE.equals(model.getAttribute("welcomeBack")));
        return "respond/step";
    }

    private static String checkPage(Model model, SurveyView view, FormErrors errors) {
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("welcomeBack", Boolean.TRUE.equals(model.getAttribute("welcomeBack")));
        return "respond/check";
    }

    private static SurveyLink withDraft(SurveyLink survey, Map<String, String> answers, Map<String, String> comments) {
        return new SurveyLink(survey.wave(), survey.framework(), survey.components(), survey.stages(),
                new SurveyLink.Draft(answers, comments));
    }
}
