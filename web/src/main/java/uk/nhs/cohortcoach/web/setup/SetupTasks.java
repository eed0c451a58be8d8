package uk.nhs.cohortcoach.web.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.TeamMembershipApi.Participant;
import uk.nhs.cohortcoach.web.api.Wave;
import uk.nhs.cohortcoach.web.setup.SetupTask.Status;
import uk.nhs.cohortcoach.web.surveys.SurveyWords;

/**
 * The rules of a cohort's set-up, in the order it is done:
 * <ol>
 *   <li>the cohort's details: completed when it has a name and both dates;</li>
 *   <li>its collaboratives: completed when at least one is enrolled;</li>
 *   <li>for each collaborative, its team: completed when someone is in it now and a senior responsible officer is named
 *       (the collaborative's lead); and its coaching plan: completed when it has a coach and planned coaching hours
 *       (above 0). Without a collaborative, these cannot start yet;</li>
 *   <li>the baseline survey wave: completed when a wave of the cohort is scheduled, open or closed (a cancelled one
 *       does not count); it cannot start until someone is in a team of the cohort, since a wave invites the teams.</li>
 * </ol>
 * Next is the first task not completed that can be started. A closed cohort's tasks are shown with their status but
 * none is offered, and there is no next.
 */
final class SetupTasks {

    private SetupTasks() {
    }

    static SetupProgress of(Cohort cohort, List<Collaborative> collaboratives, List<Participant> participants, List<Wave> waves) {
        Map<String, Long> teamSizes = participants.stream()
                .flatMap(person -> person.memberships().stream()
                        .filter(m -> m.current() && cohort.id().equals(m.cohortId()))
                        .map(m -> m.collaborativeId()).distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        List<SetupProgress.Section> sections = new ArrayList<>();
        sections.add(new SetupProgress.Section("The cohort", List.of(details(cohort), collaborativesTask(cohort, collaboratives))));
        sections.add(new SetupProgress.Section("Each collaborative", collaborativeTasks(collaboratives, teamSizes)));
        boolean anyTeam = collaboratives.stream().anyMatch(c -> teamSizes.getOrDefault(c.id(), 0L) > 0);
        sections.add(new SetupProgress.Section("The baseline survey", List.of(baseline(cohort, waves, anyTeam))));

        boolean closed = "CLOSED".equals(cohort.status());
        if (closed) {
            sections = sections.stream().map(section -> new SetupProgress.Section(section.heading(),
                    section.tasks().stream().map(SetupTask::notOffered).toList())).toList();
        }
        SetupTask next = sections.stream().flatMap(section -> section.tasks().stream())
                .filter(task -> task.status() == Status.INCOMPLETE && task.offered()).findFirst().orElse(null);
        return new SetupProgress(sections, next, closed);
    }

    private static SetupTask details(Cohort cohort) {
        boolean complete = cohort.name() != null && !cohort.name().isBlank() && cohort.startDate() != null && cohort.endDate() != null;
        return new SetupTask("details", "Check the cohort's details", complete ? "Phase " + cohort.phase() + ", with its dates"
                : "Its start or end date is missing", complete ? Status.COMPLETED : Status.INCOMPLETE, "/cohorts/" + cohort.id());
    }

    private static SetupTask collaborativesTask(Cohort cohort, List<Collaborative> collaboratives) {
        int count = collaboratives.size();
        return new SetupTask("collaboratives", "Add the collaboratives",
                count == 0 ? "None enrolled yet" : count + (count == 1 ? " collaborative" : " collaboratives") + " enrolled",
                count == 0 ? Status.INCOMPLETE : Status.COMPLETED, "/cohorts/" + cohort.id() + "#new-collaborative");
    }

    private static List<SetupTask> collaborativeTasks(List<Collaborative> collaboratives, Map<String, Long> teamSizes) {
        if (collaboratives.isEmpty()) {
            return List.of(new SetupTask("teams", "Add each collaborative's team and coaching plan", "Add a collaborative first",
                    Status.CANNOT_START_YET, null));
        }
        List<SetupTask> tasks = new ArrayList<>();
        for (Collaborative collaborative : collaboratives) {
            tasks.add(team(collaborative, teamSizes.getOrDefault(collaborative.id(), 0L)));
            tasks.add(plan(collaborative));
        }
        return tasks;
    }

    private static SetupTask team(Collaborative collaborative, long people) {
        boolean lead = collaborative.seniorResponsibleOfficer() != null && !collaborative.seniorResponsibleOfficer().isBlank();
        String base = "/collaboratives/" + collaborative.id();
        String inTeam = people == 0 ? "Nobody in the team yet" : people + (people == 1 ? " person" : " people") + " in the team";
        String hint = inTeam + (lead ? ", led by " + collaborative.seniorResponsibleOfficer() : ", no senior responsible officer named");
        String href = people == 0 ? base + "/add" : lead ? base + "#team-heading" : base + "/change";
        return new SetupTask("team-" + collaborative.id(), "Add the team for " + collaborative.name(), hint,
                people > 0 && lead ? Status.COMPLETED : Status.INCOMPLETE, href);
    }

    private static SetupTask plan(Collaborative collaborative) {
        int coaches = collaborative.coachIds().size();
        int hours = collaborative.plannedCoachingHours() == null ? 0 : collaborative.plannedCoachingHours();
        String hint = (coaches == 0 ? "No coach" : coaches + (coaches == 1 ? " coach" : " coaches")) + ", "
                + (hours == 0 ? "no coaching hours planned" : hours + (hours == 1 ? " hour" : " hours") + " planned");
        return new SetupTask("plan-" + collaborative.id(), "Plan the coaching for " + collaborative.name(), hint,
                coaches > 0 && hours > 0 ? Status.COMPLETED : Status.INCOMPLETE, "/collaboratives/" + collaborative.id() + "/change");
    }

    private static SetupTask baseline(Cohort cohort, List<Wave> waves, boolean anyTeam) {
        Wave first = waves.stream().filter(wave -> cohort.id().equals(wave.cohortId()) && !"CANCELLED".equals(wave.status()))
                .min(java.util.Comparator.comparing(Wave::opensAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .orElse(null);
        String name = "Open or schedule the baseline survey";
        if (first != null) {
            String state = first.open() ? "open" : first.scheduled() ? "scheduled" : "closed";
            return new SetupTask("baseline", name, SurveyWords.label(first.label()) + " is " + state, Status.COMPLETED, "/surveys/" + first.id());
        }
        if (!anyTeam) {
            return new SetupTask("baseline", name, "Add a team first: the survey invites the teams", Status.CANNOT_START_YET, null);
        }
        return new SetupTask("baseline", name, "No survey wave yet", Status.INCOMPLETE, "/surveys#open-heading");
    }
}
