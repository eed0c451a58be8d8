package uk.nhs.cohortcoach.web.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.api.ApiFailedException;
import uk.nhs.cohortcoach.web.api.ApiForbiddenException;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.ApiUnavailableException;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.CollaborativeApi;
import uk.nhs.cohortcoach.web.api.ProgrammeFiguresApi;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code GET /dashboard?cohortId=} (programme managers): how one cohort is doing and where to act, the active one unless
 * another is chosen (a GET form). {@code GET /my-collaboratives?cohortId=} (coaches): the same figures for the
 * collaboratives they coach. Each page makes the same four requests whatever the number of collaboratives: the cohorts,
 * the cohort's collaboratives, and the two summaries (coaching-service's and survey-service's); a summary that cannot be
 * had says "Not available" rather than failing the page.
 */
@Controller
class DashboardController {

    private final CohortApi cohorts;
    private final CollaborativeApi collaboratives;
    private final ProgrammeFiguresApi figures;

    DashboardController(CohortApi cohorts, CollaborativeApi collaboratives, ProgrammeFiguresApi figures) {
        this.cohorts = cohorts;
        this.collaboratives = collaboratives;
        this.figures = figures;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String cohortId, Model model) {
        Optional<Cohort> cohort = chooseCohort(cohortId, model);
        if (cohort.isPresent()) {
            List<Collaborative> teams = collaboratives.ofCohort(cohort.get().id()).items();
            model.addAttribute("view", view(cohort.get(), teams, true));
        }
        return "dashboard";
    }

    @GetMapping("/my-collaboratives")
    String myCollaboratives(@RequestParam(required = false) String cohortId, @AuthenticationPrincipal SignedInPerson person, Model model) {
        Optional<Cohort> cohort = chooseCohort(cohortId, model);
        if (cohort.isPresent()) {
            List<Collaborative> mine = collaboratives.ofCohort(cohort.get().id()).items().stream()
                    .filter(c -> c.coachIds().contains(person.id())).toList();
            model.addAttribute("view", view(cohort.get(), mine, false));
        }
        return "dashboard/mycollaboratives";
    }

    private ProgrammeView view(Cohort cohort, List<Collaborative> teams, boolean forManager) {
        if (teams.isEmpty()) {
            return ProgrammeView.of(teams, null, null, forManager);
        }
        return ProgrammeView.of(teams, orNull(() -> figures.coaching(cohort.id())), orNull(() -> figures.survey(cohort.id())), forManager);
    }

    /** The cohort asked for, else the active one, else the newest phase; with the choices of the cohort form. */
    private Optional<Cohort> chooseCohort(String cohortId, Model model) {
        List<Cohort> all = cohorts.list().items();
        model.addAttribute("cohortChoices", all.stream()
                .map(c -> Choice.of(c.id(), c.name() + " (" + c.statusInWords().toLowerCase(Locale.UK) + ")")).toList());
        Optional<Cohort> chosen = all.stream().filter(c -> c.id().equals(cohortId)).findFirst()
                .or(() -> all.stream().filter(c -> "ACTIVE".equals(c.status())).findFirst())
                .or(() -> all.stream().findFirst());
        model.addAttribute("cohort", chosen.orElse(null));
        return chosen;
    }

    /** A figure the page can do without: null (shown as "Not available") when its service cannot give it now. */
    private static <T> T orNull(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiFailedException | ApiForbiddenException | ApiNotFoundException | ApiUnavailableException unavailable) {
            return null;
        }
    }
}
