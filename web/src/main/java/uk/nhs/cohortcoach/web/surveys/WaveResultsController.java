package uk.nhs.cohortcoach.web.surveys;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.api.ApiForbiddenException;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.Framework;
import uk.nhs.cohortcoach.web.api.SurveyApi;
import uk.nhs.cohortcoach.web.api.Wave;
import uk.nhs.cohortcoach.web.api.WaveResults;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Dates;
import uk.nhs.cohortcoach.web.page.SummaryRow;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /surveys/{waveId}}: one wave, its response rates and results as tables (a hidden group's figures are
 * never there: the API does not give them, and the page says why), results by leadership role, the trend across
 * the cohort's waves for the group chosen ({@code ?trend=collaborativeId}, a GET form, the whole cohort by
 * default), and for programme managers the comments, the actions and the CSV downloads. A coach sees what the API
 * lets them see of the waves of cohorts they coach.
 */
@Controller
class WaveResultsController {

    private final SurveyApi surveys;
    private final CohortApi cohorts;

    WaveResultsController(SurveyApi surveys, CohortApi cohorts) {
        this.surveys = surveys;
        this.cohorts = cohorts;
    }

    @GetMapping("/surveys/{waveId}")
    String wave(@PathVariable String waveId, @RequestParam(required = false) String trend,
            @AuthenticationPrincipal SignedInPerson person, Model model) {
        Wave wave = surveys.wave(waveId);
        WaveResults results = surveys.results(waveId);
        boolean manager = person.is(Role.PROGRAMME_MANAGER);
        ResultsView view = ResultsView.of(results);

        List<Choice> trendChoices = view.groups().stream().map(g -> Choice.of(g.id(), g.name())).toList();
        String chosen = trendChoices.stream().map(Choice::value).filter(v -> v.equals(trend)).findFirst()
                .orElse(trendChoices.isEmpty() ? null : trendChoices.get(0).value());
        TrendView trendView = chosen == null ? null
                : new TrendView(chosen, trendChoices.stream().filter(c -> c.value().equals(chosen)).findFirst().orElseThrow().label(),
                        surveys.trend(waveId, chosen.isEmpty() ? null : chosen));

        model.addAttribute("wave", wave);
        model.addAttribute("title", SurveyWords.label(wave.label()) + " survey: " + cohortName(wave.cohortId()));
        model.addAttribute("details", details(wave, results));
        model.addAttribute("manager", manager);
        model.addAttribute("results", view);
        model.addAttribute("trendChoices", trendChoices);
        model.addAttribute("trend", trendView);
        model.addAttribute("comments", manager ? surveys.comments(waveId) : null);
        return "surveys/wave";
    }

    private List<SummaryRow> details(Wave wave, WaveResults results) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Framework", frameworkName(wave) + ", version " + results.frameworkNumber()));
        rows.add(SummaryRow.of("Opens", Dates.dateTime(wave.opensAt())));
        if (wave.closed()) {
            rows.add(SummaryRow.of("Closed", Dates.dateTime(wave.ends())
                    + ("schedule".equals(wave.closedBy()) ? " (at its closing time)" : wave.closedBy() != null ? " (by a programme manager)" : "")));
        } else {
            rows.add(SummaryRow.of("Closes", Dates.dateTime(wave.closesAt())));
        }
        String reminders = SurveyWords.reminders(wave);
        if (reminders != null) {
            rows.add(SummaryRow.of("Automatic reminders", reminders));
        }
        return rows;
    }

    private String frameworkName(Wave wave) {
        return surveys.frameworks().stream()
                .filter(f -> f.frameworkId().equals(wave.frameworkId()) && f.number() == wave.frameworkNumber())
                .map(Framework::name).findFirst().orElse(wave.frameworkId());
    }

    private String cohortName(String cohortId) {
        try {
            return cohorts.get(cohortId).name();
        } catch (ApiNotFoundException | ApiForbiddenException unknown) { // a coach may not read the cohort itself
            return cohortId;
        }
    }
}
