package uk.nhs.cohortcoach.web.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.Framework;
import uk.nhs.cohortcoach.web.api.SurveyApi;
import uk.nhs.cohortcoach.web.api.Wave;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code GET /surveys}: the survey waves with their response rates, the form to open or schedule one and the
 * form to create a maturity framework. {@code POST /surveys} creates a wave, {@code POST /surveys/frameworks} a
 * framework; each redirects back with a success banner, or shows the page again (400) with the form's own checks
 * and the API's refusals in form order. A scheduled opening time that has already passed is shown again with a
 * warning once (the wave would open straight away) before it is created.
 */
@Controller
class SurveysController {

    private final SurveyApi surveys;
    private final CohortApi cohorts;
    private final Messages messages;
    private final Flash flash;
    private final Clock clock;

    SurveysController(SurveyApi surveys, CohortApi cohorts, Messages messages, Flash flash, Clock clock) {
        this.surveys = surveys;
        this.cohorts = cohorts;
        this.messages = messages;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/surveys")
    String list(Model model) {
        List<Framework> frameworks = surveys.frameworks();
        String latest = latest(frameworks);
        return page(model, frameworks, WaveForm.empty(latest, clock), WaveForm.FIELDS.errors(), null,
                FrameworkForm.empty(latest), FrameworkForm.FIELDS.errors());
    }

    @PostMapping("/surveys")
    String create(@ModelAttribute("form") WaveForm form, Model model, HttpServletResponse response) {
        FormErrors errors = form.check(messages);
        String pastWarning = null;
        if (!errors.any() && form.opensInThePast(clock) && form.pastConfirmed().isEmpty()) {
            pastWarning = messages.get("wave.opensAt.past");
        }
        if (!errors.any() && pastWarning == null) {
            try {
                Wave created = surveys.create(form.toApi(clock));
                flash.success(response, created(created));
                return "redirect:/surveys";
            } catch (ApiProblemException refused) {
                form.addRefusal(errors, refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        List<Framework> frameworks = surveys.frameworks();
        return page(model, frameworks, form, errors, pastWarning, FrameworkForm.empty(latest(frameworks)),
                FrameworkForm.FIELDS.errors());
    }

    @PostMapping("/surveys/frameworks")
    String createFramework(@ModelAttribute("frameworkForm") FrameworkForm form, Model model, HttpServletResponse response) {
        FormErrors errors = FrameworkForm.FIELDS.errors();
        String[] source = form.source();
        if (source == null) {
            errors.add("frameworkSource", messages.get("framework.source.missing"));
        } else {
            try {
                Framework from = surveys.framework(source[0], Integer.parseInt(source[1]));
                Framework created = surveys.createFramework(form.toApi(from.components()));
                flash.success(response, messages.get("framework.created", created.name(), created.frameworkId()));
                return "redirect:/surveys";
            } catch (ApiProblemException refused) {
                FrameworkForm.addRefusal(errors, refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        List<Framework> frameworks = surveys.frameworks();
        return page(model, frameworks, WaveForm.empty(latest(frameworks), clock),
                WaveForm.FIELDS.errors(), null, form, errors);
    }

    private String created(Wave wave) {
        String cohort = cohortNames().getOrDefault(wave.cohortId(), wave.cohortId());
        if (wave.scheduled()) {
            return messages.get("wave.scheduled", SurveyWords.label(wave.label()), cohort, Dates.dateTime(wave.opensAt()));
        }
        return messages.get("wave.opened", SurveyWords.label(wave.label()), cohort, wave.counts() == null ? 0 : wave.counts().invited());
    }

    private Map<String, String> cohortNames() {
        return cohorts.list().items().stream().collect(Collectors.toMap(Cohort::id, Cohort::name, (a, b) -> a));
    }

    private String page(Model model, List<Framework> frameworks, WaveForm form, FormErrors errors, String pastWarning,
            FrameworkForm frameworkForm, FormErrors frameworkErrors) {
        List<Cohort> cohortList = cohorts.list().items();
        Map<String, String> names = cohortList.stream().collect(Collectors.toMap(Cohort::id, Cohort::name, (a, b) -> a));
        model.addAttribute("waves", surveys.waves().items().stream()
                .map(wave -> new WaveRow(wave, names.getOrDefault(wave.cohortId(), wave.cohortId()))).toList());
        model.addAttribute("cohortChoices", java.util.stream.Stream.concat(java.util.stream.Stream.of(Choice.of("", "Choose a cohort")),
                cohortList.stream().map(c -> Choice.of(c.id(), c.name()))).toList());
        model.addAttribute("frameworkChoices", choices(frameworks, f -> f.name() + " (version " + f.number() + (f.frozen() ? ", in use" : "") + ")"));
        model.addAttribute("sourceChoices", choices(frameworks, f -> f.name() + " (version " + f.number() + ")"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pastWarning", pastWarning);
        model.addAttribute("frameworkForm", frameworkForm);
        model.addAttribute("frameworkErrors", frameworkErrors);
        return "surveys/list";
    }

    private static List<Choice> choices(List<Framework> frameworks, Function<Framework, String> label) {
        return frameworks.stream().map(f -> Choice.of(value(f), label.apply(f))).toList();
    }

    /** The framework version a new wave or framework starts from: the last listed. */
    private static String latest(List<Framework> frameworks) {
        return frameworks.isEmpty() ? "" : value(frameworks.get(frameworks.size() - 1));
    }

    private static String value(Framework framework) {
        return framework.frameworkId() + "|" + framework.number();
    }
}
