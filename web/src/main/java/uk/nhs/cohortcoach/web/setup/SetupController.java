package uk.nhs.cohortcoach.web.setup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.CollaborativeApi;
import uk.nhs.cohortcoach.web.api.SurveyApi;
import uk.nhs.cohortcoach.web.api.TeamMembershipApi;

/**
 * {@code GET /cohorts/{id}/setup}: "Set up &lt;cohort&gt;", the GOV.UK task list. The same requests however many
 * collaboratives: the cohort, its collaboratives, the participants with their memberships (every team at once) and the
 * cohort's waves. Programme managers only, as every page under {@code /cohorts/**} ({@code cohorts.CohortPages}).
 */
@Controller
class SetupController {

    private final CohortApi cohorts;
    private final CollaborativeApi collaboratives;
    private final TeamMembershipApi teams;
    private final SurveyApi surveys;

    SetupController(CohortApi cohorts, CollaborativeApi collaboratives, TeamMembershipApi teams, SurveyApi surveys) {
        this.cohorts = cohorts;
        this.collaboratives = collaboratives;
        this.teams = teams;
        this.surveys = surveys;
    }

    @GetMapping("/cohorts/{id}/setup")
    String setup(@PathVariable String id, Model model) {
        Cohort cohort = cohorts.get(id);
        model.addAttribute("cohort", cohort);
        model.addAttribute("progress", SetupTasks.of(cohort, collaboratives.ofCohort(id).items(), teams.participants(),
                surveys.waves(id).items()));
        return "setup/tasks";
    }
}
