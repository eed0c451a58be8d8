package uk.nhs.cohortcoach.web.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiFailedException;
import uk.nhs.cohortcoach.web.api.ApiForbiddenException;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.ApiUnavailableException;
import uk.nhs.cohortcoach.web.api.CoachingSummary;
import uk.nhs.cohortcoach.web.api.CoachingSummaryApi;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.CollaborativeApi;
import uk.nhs.cohortcoach.web.api.SurveyApi;
import uk.nhs.cohortcoach.web.api.Wave;
import uk.nhs.cohortcoach.web.api.WaveResults;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.surveys.ResultsView;

/**
 * {@code GET /dashboard?cohortId=}: one cohort at a glance, the active one unless another is chosen (a GET form).
 * Per collaborative: sessions delivered of planned, coaching hours, open actions (coaching-service), the latest
 * wave's response rate; and maturity by component in that wave (survey-service), hidden groups saying why. A
 * collaborative whose coaching figures cannot be had says "Not available" rather than failing the page.
 */
@Controller
class DashboardController {

    private final CohortApi cohorts;
    private final CollaborativeApi collaboratives;
    private final CoachingSummaryApi coaching;
    private final SurveyApi surveys;

    DashboardController(CohortApi cohorts, CollaborativeApi collaboratives, CoachingSummaryApi coaching, SurveyApi surveys) {
        this.cohorts = cohorts;
        this.collaboratives = collaboratives;
        this.coaching = coaching;
        this.surveys = surveys;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String cohortId, Model model) {
        List<Cohort> all = cohorts.list().items();
        model.addAttribute("cohortChoices", all.stream()
                .map(c -> Choice.of(c.id(), c.name() + " (" + c.statusInWords().toLowerCase(java.util.Locale.UK) + ")")).toList());
        Optional<Cohort> chosen = all.stream().filter(c -> c.id().equals(cohortId)).findFirst()
                .or(() -> all.stream().filter(c -> "ACTIVE".equals(c.status())).findFirst())
                .or(() -> all.stream().findFirst()); // the newest phase
        model.addAttribute("cohort", chosen.orElse(null));
        if (chosen.isEmpty()) {
            return "dashboard";
        }
        Cohort cohort = chosen.get();
        List<Collaborative> teams = collaboratives.ofCohort(cohort.id()).items();
        Wave wave = surveys.waves(cohort.id()).items().stream().filter(w -> !w.scheduled() && !"CANCELLED".equals(w.status()))
                .findFirst().orElse(null);
        WaveResults results = wave == null ? null : orNull(() -> surveys.results(wave.id()));
        Map<String, WaveResults.ResponseRate> rates = results == null ? Map.of()
                : results.collaboratives().stream().filter(g -> g.collaborativeId() != null)
                        .collect(Collectors.toMap(WaveResults.Group::collaborativeId, WaveResults.Group::responseRate, (a, b) -> a));

        model.addAttribute("rows", teams.stream()
                .map(c -> new Progress(c, orNull(() -> coaching.ofCollaborative(c.id())), rates.get(c.id()))).toList());
        model.addAttribute("total", teams.isEmpty() ? null
                : new Progress(null, orNull(() -> coaching.ofCohort(cohort.id())), results == null || results.cohort() == null ? null
                        : results.cohort().responseRate()));
        model.addAttribute("wave", wave);
        model.addAttribute("maturity", results == null ? null : maturity(results));
        return "dashboard";
    }

    /** Each collaborative, then the whole cohort (the dashboard's column order). */
    private static List<ResultsView.Row> maturity(WaveResults results) {
        ResultsView view = ResultsView.of(results);
        return Stream.concat(view.groups().stream().filter(g -> !g.id().isEmpty()), view.groups().stream().filter(g -> g.id().isEmpty()))
                .toList();
    }

    /** A figure the page can do without: null (shown as "Not available") when its service cannot give it now. */
    private static <T> T orNull(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiFailedException | ApiForbiddenException | ApiNotFoundException | ApiUnavailableException unavailable) {
            return null;
        }
    }
}
