package uk.nhs.cohortcoach.web.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.cohortcoach.web.api.Cohort;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.TeamMembershipApi.Membership;
import uk.nhs.cohortcoach.web.api.TeamMembershipApi.Participant;
import uk.nhs.cohortcoach.web.api.Wave;
import uk.nhs.cohortcoach.web.setup.SetupTask.Status;

class SetupTasksTest {

    private static final Cohort PLANNED = cohort("PLANNED", LocalDate.of(2027, 4, 1));

    @Test
    void aNewCohortHasItsDetailsDoneAndNextAddsTheCollaboratives() {
        SetupProgress progress = SetupTasks.of(PLANNED, List.of(), List.of(), List.of());

        assertThat(progress.task("details").status()).isEqualTo(Status.COMPLETED);
        assertThat(progress.task("collaboratives").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(progress.task("collaboratives").href()).isEqualTo("/cohorts/c1#new-collaborative");
        assertThat(progress.task("teams").status()).isEqualTo(Status.CANNOT_START_YET);
        assertThat(progress.task("teams").offered()).isFalse();
        assertThat(progress.task("baseline").status()).isEqualTo(Status.CANNOT_START_YET);
        assertThat(progress.task("baseline").offered()).isFalse();
        assertThat(progress.next().id()).isEqualTo("collaboratives");
        assertThat(progress.next().nameInSentence()).isEqualTo("add the collaboratives");
        assertThat(progress.completed()).isEqualTo(1);
    }

    @Test
    void aCohortWithoutADateHasItsDetailsIncompleteAndNextIsTheDetails() {
        SetupProgress progress = SetupTasks.of(cohort("PLANNED", null), List.of(), List.of(), List.of());

        assertThat(progress.task("details").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(progress.task("details").hint()).isEqualTo("Its start or end date is missing");
        assertThat(progress.next().id()).isEqualTo("details");
    }

    @Test
    void eachCollaborativeHasATeamTaskAndAPlanTaskInOrderAndNextIsTheFirstTeamWithNobodyInIt() {
        SetupProgress progress = SetupTasks.of(PLANNED, List.of(collaborative("k1", "Joined Up Care Derbyshire", null, 0, List.of()),
                collaborative("k2", "Acute Alliance", "Dr Lee", 24, List.of("coach-1"))), List.of(), List.of());

        assertThat(progress.tasks()).extracting(SetupTask::id)
                .containsExactly("details", "collaboratives", "team-k1", "plan-k1", "team-k2", "plan-k2", "baseline");
        assertThat(progress.next().id()).isEqualTo("team-k1");
        assertThat(progress.next().nameInSentence()).isEqualTo("add the team for Joined Up Care Derbyshire");
        assertThat(progress.next().href()).isEqualTo("/collaboratives/k1/add");
        assertThat(progress.task("plan-k1").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(progress.task("plan-k1").hint()).isEqualTo("No coach, no coaching hours planned");
        assertThat(progress.task("plan-k2").status()).isEqualTo(Status.COMPLETED);
        assertThat(progress.task("plan-k2").hint()).isEqualTo("1 coach, 24 hours planned");
        assertThat(progress.task("baseline").status()).isEqualTo(Status.CANNOT_START_YET);
    }

    @ParameterizedTest(name = "people in team {0}, lead named {1}: {2}, goes to {3}")
    @CsvSource({
            "0, false, INCOMPLETE, /collaboratives/k1/add",
            "0, true, INCOMPLETE, /collaboratives/k1/add",
            "1, false, INCOMPLETE, /collaboratives/k1/change",
            "2, true, COMPLETED, /collaboratives/k1#team-heading"})
    void aTeamIsCompletedWithSomeoneInItAndASeniorResponsibleOfficer(int people, boolean lead, Status status, String href) {
        List<Participant> participants = java.util.stream.IntStream.range(0, people)
                .mapToObj(i -> participant("p" + i, current("k1", "c1"))).toList();

        SetupTask team = SetupTasks.of(PLANNED, List.of(collaborative("k1", "K", lead ? "Dr Lee" : " ", 24, List.of("coach-1"))),
                participants, List.of()).task("team-k1");

        assertThat(team.status()).isEqualTo(status);
        assertThat(team.href()).isEqualTo(href);
    }

    @ParameterizedTest(name = "coaches {0}, hours {1}: {2}")
    @CsvSource({"0, 0, INCOMPLETE", "1, 0, INCOMPLETE", "0, 30, INCOMPLETE", "2, 30, COMPLETED"})
    void aPlanIsCompletedWithACoachAndPlannedHours(int coaches, int hours, Status status) {
        List<String> coachIds = java.util.stream.IntStream.range(0, coaches).mapToObj(i -> "coach-" + i).toList();

        SetupTask plan = SetupTasks.of(PLANNED, List.of(collaborative("k1", "K", "Dr Lee", hours, coachIds)), List.of(), List.of())
                .task("plan-k1");

        assertThat(plan.status()).isEqualTo(status);
        assertThat(plan.href()).isEqualTo("/collaboratives/k1/change");
    }

    @Test
    void onlyCurrentMembershipsOfThisCohortCountForATeam() {
        SetupProgress progress = SetupTasks.of(PLANNED, List.of(collaborative("k1", "K", "Dr Lee", 24, List.of("coach-1"))),
                List.of(participant("left", new Membership("k1", "c1", "CHAIR", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))),
                        participant("elsewhere", current("k9", "c2"))),
                List.of());

        assertThat(progress.task("team-k1").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(progress.task("team-k1").hint()).isEqualTo("Nobody in the team yet, led by Dr Lee");
        assertThat(progress.task("baseline").status()).isEqualTo(Status.CANNOT_START_YET);
    }

    @Test
    void withATeamTheBaselineCanStartAndACancelledWaveDoesNotCount() {
        SetupProgress progress = SetupTasks.of(PLANNED, List.of(collaborative("k1", "K", "Dr Lee", 24, List.of("coach-1"))),
                List.of(participant("p1", current("k1", "c1"))), List.of(wave("w0", "CANCELLED")));

        assertThat(progress.task("baseline").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(progress.task("baseline").href()).isEqualTo("/surveys#open-heading");
        assertThat(progress.next().id()).isEqualTo("baseline");
    }

    @ParameterizedTest(name = "a {0} wave completes the baseline: {1}")
    @CsvSource({"SCHEDULED, Baseline is scheduled", "OPEN, Baseline is open", "CLOSED, Baseline is closed"})
    void aScheduledOpenOrClosedWaveCompletesTheBaselineAndEverythingIsDone(String status, String hint) {
        SetupProgress progress = SetupTasks.of(PLANNED, List.of(collaborative("k1", "K", "Dr Lee", 24, List.of("coach-1"))),
                List.of(participant("p1", current("k1", "c1"))), List.of(wave("w1", status)));

        assertThat(progress.task("baseline").status()).isEqualTo(Status.COMPLETED);
        assertThat(progress.task("baseline").hint()).isEqualTo(hint);
        assertThat(progress.task("baseline").href()).isEqualTo("/surveys/w1");
        assertThat(progress.done()).isTrue();
        assertThat(progress.next()).isNull();
    }

    @Test
    void aClosedCohortShowsItsTasksWithTheirStatusButOffersNoneAndNoNext() {
        SetupProgress progress = SetupTasks.of(cohort("CLOSED", LocalDate.of(2027, 4, 1)),
                List.of(collaborative("k1", "K", null, 0, List.of())), List.of(), List.of());

        assertThat(progress.closed()).isTrue();
        assertThat(progress.tasks()).extracting(SetupTask::status)
                .containsExactly(Status.COMPLETED, Status.COMPLETED, Status.INCOMPLETE, Status.INCOMPLETE, Status.CANNOT_START_YET);
        assertThat(progress.tasks()).noneMatch(SetupTask::offered);
        assertThat(progress.next()).isNull();
    }

    static Cohort cohort(String status, LocalDate start) {
        return new Cohort("c1", "Phase 3", 3, null, start, LocalDate.of(2028, 3, 31), status, 1);
    }

    static Collaborative collaborative(String id, String name, String lead, Integer hours, List<String> coaches) {
        return new Collaborative(id, "c1", name, "ACUTE", null, lead, List.of(), null, hours, coaches, 1L);
    }

    static Participant participant(String id, Membership... memberships) {
        return new Participant(id, id, List.of(memberships));
    }

    static Membership current(String collaborativeId, String cohortId) {
        return new Membership(collaborativeId, cohortId, "CHAIR", LocalDate.of(2027, 4, 1), null);
    }

    static Wave wave(String id, String status) {
        return new Wave(id, "c1", "baseline", "f1", 1, Instant.parse("2027-05-01T08:00:00Z"), Instant.parse("2027-05-21T17:00:00Z"),
                status, null, null, List.of(), null);
    }
}
