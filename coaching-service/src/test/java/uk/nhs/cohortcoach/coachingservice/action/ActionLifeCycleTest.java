package uk.nhs.cohortcoach.coachingservice.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** Every move of an action from every state: open (due ahead, or overdue) and done. */
class ActionLifeCycleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-10");
    private static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");

    private static Action open(LocalDate due) {
        return new Action("a-1", "s-1", "cohort-1", "collab-1", "Share the data", "p-1", "Asha Patel", null, due,
                ActionStatus.OPEN, null, 3L);
    }

    private static Action done() {
        return new Action("a-1", "s-1", "cohort-1", "collab-1", "Share the data", "p-1", "Asha Patel", null,
                TODAY.plusDays(5), ActionStatus.DONE, TODAY.minusDays(1), 3L);
    }

    @Test
    void anOpenActionCompletesOnTheDayGivenWithActionCompleted() {
        Action action = open(TODAY.plusDays(7));
        Action.Change change = action.complete(TODAY.minusDays(1), TODAY, NOW);

        assertThat(change.action().status()).isEqualTo(ActionStatus.DONE);
        assertThat(change.action().completedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(change.action().version()).as("saved at the version read").isEqualTo(3L);
        assertThat(change.event()).isInstanceOfSatisfying(ActionCompleted.class, e -> {
            assertThat(e.actionId()).isEqualTo("a-1");
            assertThat(e.completedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void anOpenActionIsNotCompletedInTheFuture() {
        Action action = open(TODAY.plusDays(7));
        assertThatThrownBy(() -> action.complete(TODAY.plusDays(1), TODAY, NOW)).isInstanceOfSatisfying(
                InvalidFieldsException.class, e -> assertThat(e.errors()).containsOnlyKeys("completedOn"));
    }

    @Test
    void anOpenActionIsNotReopened() {
        Action action = open(TODAY.plusDays(7));
        assertThatThrownBy(() -> action.reopen(NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo("action-open"));
    }

    @Test
    void anOpenActionTakesANewTextAndDueDateWithActionUpdatedNamingThePreviousDueDate() {
        Action action = open(TODAY.plusDays(7));
        Action.Change change = action.edit("Share the data by quintile", TODAY.plusDays(14), TODAY, NOW);

        assertThat(change.action().description()).isEqualTo("Share the data by quintile");
        assertThat(change.action().dueDate()).isEqualTo(TODAY.plusDays(14));
        assertThat(change.action().status()).isEqualTo(ActionStatus.OPEN);
        assertThat(change.action().ownerId()).isEqualTo("p-1");
        assertThat(change.event()).isInstanceOfSatisfying(ActionUpdated.class, e -> {
            assertThat(e.description()).isEqualTo("Share the data by quintile");
            assertThat(e.dueDate()).isEqualTo(TODAY.plusDays(14));
            assertThat(e.previousDueDate()).isEqualTo(TODAY.plusDays(7));
            assertThat(e.ownerId()).isEqualTo("p-1");
        });
    }

    @Test
    void anOpenActionKeepsWhatIsLeftOutOfAnEdit() {
        Action action = open(TODAY.plusDays(7));
        Action textOnly = action.edit("New text", null, TODAY, NOW).action();
        Action dueOnly = action.edit(null, TODAY, TODAY, NOW).action();

        assertThat(textOnly.dueDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(dueOnly.description()).isEqualTo("Share the data");
        assertThat(dueOnly.dueDate()).as("due today is allowed").isEqualTo(TODAY);
    }

    @Test
    void anOpenActionRefusesANewDueDateBeforeTodayNamingTheField() {
        Action action = open(TODAY.plusDays(7));
        assertThatThrownBy(() -> action.edit(null, TODAY.minusDays(1), TODAY, NOW)).isInstanceOfSatisfying(
                InvalidFieldsException.class, e -> assertThat(e.errors()).containsOnlyKeys("dueDate")
                        .hasEntrySatisfying("dueDate", m -> assertThat(m).startsWith("The due date must be today (").endsWith(") or in the future")));
    }

    @Test
    void anOpenActionGivenAnEditThatChangesNothingHasNoEvent() {
        Action action = open(TODAY.plusDays(7));
        Action.Change change = action.edit("Share the data", TODAY.plusDays(7), TODAY, NOW);

        assertThat(change.changed()).isFalse();
        assertThat(change.action()).isEqualTo(action);
    }

    @Test
    void anOpenActionIsReassignedToAPersonWithActionReassignedNamingBothOwners() {
        Action action = open(TODAY.plusDays(7));
        Action.Change change = action.reassign(Action.Owner.person("p-2", "Sam Okafor"), NOW);

        assertThat(change.action().ownerId()).isEqualTo("p-2");
        assertThat(change.action().ownerName()).isEqualTo("Sam Okafor");
        assertThat(change.action().ownerEmail()).isNull();
        assertThat(change.event()).isInstanceOfSatisfying(ActionReassigned.class, e -> {
            assertThat(e.previousOwnerId()).isEqualTo("p-1");
            assertThat(e.previousOwnerName()).isEqualTo("Asha Patel");
            assertThat(e.ownerId()).isEqualTo("p-2");
            assertThat(e.ownerName()).isEqualTo("Sam Okafor");
            assertThat(e.ownerEmail()).isNull();
            assertThat(e.dueDate()).isEqualTo(TODAY.plusDays(7));
        });
    }

    @Test
    void anOpenActionIsReassignedToAnOutsiderWhoseEmailIsKeptOnlyWhileItIsTheirs() {
        Action action = open(TODAY.plusDays(7));
        Action outsiders = action.reassign(Action.Owner.outsider("Jo Bloggs", "jo@example.org"), NOW).action();
        assertThat(outsiders.ownerId()).isNull();
        assertThat(outsiders.ownerName()).isEqualTo("Jo Bloggs");
        assertThat(outsiders.ownerEmail()).isEqualTo("jo@example.org");

        Action.Change back = outsiders.reassign(Action.Owner.person("p-1", "Asha Patel"), NOW);

        assertThat(back.action().ownerEmail()).as("the outsider's email goes with them").isNull();
        assertThat(back.event()).isInstanceOfSatisfying(ActionReassigned.class, e -> {
            assertThat(e.previousOwnerId()).isNull();
            assertThat(e.previousOwnerName()).isEqualTo("Jo Bloggs");
            assertThat(e.ownerEmail()).isNull();
        });
    }

    @Test
    void anOpenActionOfAnOutsiderDropsTheirEmailWhenDone() {
        Action outsiders = open(TODAY.plusDays(7)).reassign(Action.Owner.outsider("Jo Bloggs", "jo@example.org"), NOW).action();

        Action done = outsiders.complete(TODAY, TODAY, NOW).action();

        assertThat(done.ownerName()).isEqualTo("Jo Bloggs");
        assertThat(done.ownerEmail()).isNull();
    }

    @Test
    void anOpenActionReassignedToTheSameOwnerHasNoEvent() {
        Action action = open(TODAY.plusDays(7));
        assertThat(action.reassign(Action.Owner.person("p-1", "Asha Patel"), NOW).changed()).isFalse();
        Action outsiders = action.reassign(Action.Owner.outsider("Jo Bloggs", "jo@example.org"), NOW).action();
        assertThat(outsiders.reassign(Action.Owner.outsider("Jo Bloggs", "JO@example.org"), NOW).changed()).isFalse();
        assertThat(outsiders.reassign(Action.Owner.outsider("Jo Bloggs", "jo.b@example.org"), NOW).changed()).isTrue();
    }

    @Test
    void anOverdueActionKeepsItsPastDueDateWhenOnlyTheTextIsEdited() {
        Action action = open(TODAY.minusDays(3));
        Action.Change change = action.edit("Clearer text", null, TODAY, NOW);

        assertThat(change.action().dueDate()).isEqualTo(TODAY.minusDays(3));
        assertThat(change.event()).isInstanceOf(ActionUpdated.class);
    }

    @Test
    void anOverdueActionKeepsItsPastDueDateWhenTheSameDateIsSentBackWithNewText() {
        Action action = open(TODAY.minusDays(3));
        assertThat(action.edit("Clearer text", TODAY.minusDays(3), TODAY, NOW).action().dueDate()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void anOverdueActionRefusesAnotherPastDueDateButTakesTodayOrLater() {
        Action action = open(TODAY.minusDays(3));
        assertThatThrownBy(() -> action.edit(null, TODAY.minusDays(1), TODAY, NOW)).isInstanceOf(InvalidFieldsException.class);
        assertThat(action.edit(null, TODAY, TODAY, NOW).action().overdue(TODAY)).isFalse();
    }

    @Test
    void anOverdueActionIsCompletedAndReassignedLikeAnyOpenAction() {
        Action action = open(TODAY.minusDays(3));
        assertThat(action.complete(TODAY, TODAY, NOW).action().status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.reassign(Action.Owner.person("p-2", "Sam"), NOW).action().ownerId()).isEqualTo("p-2");
    }

    @Test
    void aDoneActionIsReopenedWithActionReopenedAndNoCompletionDay() {
        Action action = done();
        Action.Change change = action.reopen(NOW);

        assertThat(change.action().status()).isEqualTo(ActionStatus.OPEN);
        assertThat(change.action().completedOn()).isNull();
        assertThat(change.action().ownerId()).isEqualTo("p-1");
        assertThat(change.event()).isInstanceOfSatisfying(ActionReopened.class, e -> {
            assertThat(e.previouslyCompletedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(e.dueDate()).isEqualTo(TODAY.plusDays(5));
            assertThat(e.ownerId()).isEqualTo("p-1");
        });
    }

    @Test
    void aDoneActionIsNotCompletedAgain() {
        Action action = done();
        assertThatThrownBy(() -> action.complete(TODAY, TODAY, NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo("action-done"));
    }

    @Test
    void aDoneActionIsNotEditedUntilReopened() {
        Action action = done();
        assertThatThrownBy(() -> action.edit("Other text", null, TODAY, NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo("action-done"));
    }

    @Test
    void aDoneActionIsNotReassignedUntilReopened() {
        Action action = done();
        assertThatThrownBy(() -> action.reassign(Action.Owner.person("p-2", "Sam"), NOW)).isInstanceOfSatisfying(
                ConflictException.class, e -> assertThat(e.reason()).isEqualTo("action-done"));
    }

    @Test
    void aDoneActionOnceReopenedIsEditedAndCompletedAgain() {
        Action action = done();
        Action reopened = action.reopen(NOW).action();

        Action edited = reopened.edit(null, TODAY.plusDays(1), TODAY, NOW).action();

        assertThat(edited.complete(TODAY, TODAY, NOW).action().status()).isEqualTo(ActionStatus.DONE);
    }
}
