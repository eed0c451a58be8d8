package uk.nhs.cohortcoach.surveyservice.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveClosed;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.surveyservice.wave.ScheduledReminder.State;

/** Every move of a wave from every state, on the aggregate alone. */
class WaveLifeCycleTest {

    private static final Instant OPENS = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofDays(14));
    private static final Instant FIRST_REMINDER = CLOSES.minus(Duration.ofDays(7));
    private static final Instant SECOND_REMINDER = CLOSES.minus(Duration.ofDays(2));
    private static final WaveDetails DETAILS = new WaveDetails("cohort-1", "baseline", "fw", 2, OPENS, CLOSES, null);
    private static final List<Instant> REMINDERS = List.of(SECOND_REMINDER, FIRST_REMINDER);

    @Test
    void aWaveCreatedBeforeItsOpeningTimeIsScheduledWithWaveScheduledNamingItsCohort() {
        Instant now = OPENS.minus(Duration.ofDays(30));
        Wave.Changed created = Wave.create("w-1", DETAILS, REMINDERS, now);

        assertThat(created.wave().status()).isEqualTo(WaveStatus.SCHEDULED);
        assertThat(created.events()).singleElement().isInstanceOfSatisfying(WaveScheduled.class, e -> {
            assertThat(e.waveId()).isEqualTo("w-1");
            assertThat(e.cohortId()).isEqualTo("cohort-1");
            assertThat(e.label()).isEqualTo("baseline");
            assertThat(e.frameworkId()).isEqualTo("fw");
            assertThat(e.frameworkVersion()).isEqualTo(2);
            assertThat(e.opensAt()).isEqualTo(OPENS);
            assertThat(e.closesAt()).isEqualTo(CLOSES);
            assertThat(e.occurredAt()).isEqualTo(now);
        });
        assertThat(created.wave().reminders()).containsExactly(new ScheduledReminder(FIRST_REMINDER, State.DUE),
                new ScheduledReminder(SECOND_REMINDER, State.DUE));
        assertThat(created.wave().takesAnswersAt(OPENS.minusSeconds(1))).isFalse();
        assertThat(created.wave().opensBy(OPENS.minusSeconds(1))).isFalse();
        assertThat(created.wave().opensBy(OPENS)).isTrue();
    }

    @Test
    void aWaveCreatedAtOrAfterItsOpeningTimeOpensAtOnceWithWaveOpened() {
        for (Instant now : List.of(OPENS, OPENS.plusSeconds(3600))) {
            Wave.Changed created = Wave.create("w-1", DETAILS, REMINDERS, now);

            assertThat(created.wave().status()).as("created at %s", now).isEqualTo(WaveStatus.OPEN);
            assertThat(created.events()).singleElement().isInstanceOfSatisfying(WaveOpened.class, e -> {
                assertThat(e.waveId()).isEqualTo("w-1");
                assertThat(e.opensAt()).isEqualTo(OPENS);
                assertThat(e.closesAt()).isEqualTo(CLOSES);
                assertThat(e.frameworkVersion()).isEqualTo(2);
                assertThat(e.occurredAt()).isEqualTo(now);
            });
            assertThat(created.wave().takesAnswersAt(now)).isTrue();
        }
    }

    @Test
    void openingAScheduledWaveAtItsTimeAnnouncesItAndSkipsRemindersAlreadyPast() {
        Wave scheduled = scheduled();
        Instant late = FIRST_REMINDER.plusSeconds(60); // the job was down until after the first reminder's time

        Wave.Changed opened = scheduled.open(late);

        assertThat(opened.wave().status()).isEqualTo(WaveStatus.OPEN);
        assertThat(opened.events()).singleElement().isInstanceOf(WaveOpened.class);
        assertThat(opened.wave().reminders()).containsExactly(new ScheduledReminder(FIRST_REMINDER, State.SKIPPED),
                new ScheduledReminder(SECOND_REMINDER, State.DUE));
        assertThat(opened.wave().nextReminderAt()).isEqualTo(SECOND_REMINDER);
    }

    @Test
    void aScheduledWaveDoesNotOpenBeforeItsTime() {
        assertRefused(w -> w.open(OPENS.minusSeconds(1)), scheduled(), "wave-not-open");
    }

    @Test
    void aScheduledWaveCanBeCancelledByAManagerWithWaveCancelledButNeitherClosedNorReminded() {
        Wave scheduled = scheduled();

        Wave.Changed cancelled = scheduled.cancel(WaveCancelled.BY_MANAGER, OPENS.minus(Duration.ofDays(1)));

        assertThat(cancelled.wave().status()).isEqualTo(WaveStatus.CANCELLED);
        assertThat(cancelled.wave().closedAt()).isEqualTo(OPENS.minus(Duration.ofDays(1)));
        assertThat(cancelled.wave().closedBy()).isEqualTo("manager");
        assertThat(cancelled.events()).singleElement().isInstanceOfSatisfying(WaveCancelled.class, e -> {
            assertThat(e.waveId()).isEqualTo("w-1");
            assertThat(e.cohortId()).isEqualTo("cohort-1");
            assertThat(e.reason()).isEqualTo(WaveCancelled.BY_MANAGER);
            assertThat(e.occurredAt()).isEqualTo(OPENS.minus(Duration.ofDays(1)));
        });
        assertRefused(w -> w.close("manager", OPENS), scheduled, "wave-not-open");
        assertRefused(w -> w.remind(List.of("i-1"), OPENS), scheduled, "wave-not-open");
        assertThat(scheduled.reminderDue(CLOSES.minusSeconds(1))).isFalse();
        assertRefused(w -> w.remindDue(List.of("i-1"), CLOSES.minusSeconds(1)), scheduled, "wave-not-open");
    }

    @Test
    void aScheduledWaveWhoseCohortIsGoneIsCancelledOnScheduleSayingWhy() {
        Wave.Changed cancelled = scheduled().cancel(WaveCancelled.COHORT_GONE, OPENS);

        assertThat(cancelled.wave().status()).isEqualTo(WaveStatus.CANCELLED);
        assertThat(cancelled.wave().closedBy()).isEqualTo("schedule");
        assertThat(cancelled.wave().opensBy(OPENS)).as("the job never opens it").isFalse();
        assertThat(cancelled.events()).singleElement().isInstanceOfSatisfying(WaveCancelled.class,
                e -> assertThat(e.reason()).isEqualTo(WaveCancelled.COHORT_GONE));
    }

    @Test
    void anOpenWaveClosesWithWaveClosedAndRemindsButIsNeitherOpenedAgainNorCancelled() {
        Wave open = open();
        Instant now = OPENS.plus(Duration.ofDays(3));

        Wave.Changed closed = open.close("manager", now);
        assertThat(closed.wave().status()).isEqualTo(WaveStatus.CLOSED);
        assertThat(closed.wave().closedBy()).isEqualTo("manager");
        assertThat(closed.wave().closedAt()).isEqualTo(now);
        assertThat(closed.events()).singleElement().isInstanceOfSatisfying(WaveClosed.class, e -> {
            assertThat(e.closedBy()).isEqualTo("manager");
            assertThat(e.cohortId()).isEqualTo("cohort-1");
        });

        Wave.Changed reminded = open.remind(List.of("i-1", "i-2"), now);
        assertThat(reminded.wave()).isEqualTo(open);
        assertThat(reminded.events()).singleElement().isInstanceOfSatisfying(ReminderRequested.class, e -> {
            assertThat(e.reason()).isEqualTo(Wave.REMINDER_MANUAL);
            assertThat(e.invitationIds()).containsExactly("i-1", "i-2");
        });
        assertThat(open.remind(List.of(), now).events()).as("nobody left to remind: no event").isEmpty();

        assertRefused(w -> w.open(now), open, "wave-open");
        assertRefused(w -> w.cancel(WaveCancelled.BY_MANAGER, now), open, "wave-open");
    }

    @Test
    void eachAutomaticReminderGoesOnceAndMarksItselfSent() {
        Wave open = open();
        assertThat(open.reminderDue(FIRST_REMINDER.minusSeconds(1))).isFalse();
        assertRefused(w -> w.remindDue(List.of("i-1"), FIRST_REMINDER.minusSeconds(1)), open, "wave-open");

        Wave.Changed first = open.remindDue(List.of("i-1"), FIRST_REMINDER);
        assertThat(first.events()).singleElement().isInstanceOfSatisfying(ReminderRequested.class,
                e -> assertThat(e.reason()).isEqualTo(Wave.REMINDER_AUTOMATIC));
        assertThat(first.wave().reminders()).extracting(ScheduledReminder::state).containsExactly(State.SENT, State.DUE);
        assertThat(first.wave().reminderDue(FIRST_REMINDER.plusSeconds(60))).as("sent, so not due again").isFalse();

        Wave.Changed second = first.wave().remindDue(List.of(), SECOND_REMINDER);
        assertThat(second.events()).as("nobody left to remind: marked sent, no event").isEmpty();
        assertThat(second.wave().reminders()).extracting(ScheduledReminder::state).containsExactly(State.SENT, State.SENT);
        assertThat(second.wave().nextReminderAt()).isNull();
    }

    @Test
    void remindersThatFellDueTogetherGoAsOneNotABurst() {
        Wave.Changed reminded = open().remindDue(List.of("i-1"), SECOND_REMINDER.plusSeconds(1));

        assertThat(reminded.events()).hasSize(1);
        assertThat(reminded.wave().reminders()).extracting(ScheduledReminder::state).containsExactly(State.SKIPPED, State.SENT);
    }

    @Test
    void noReminderIsDueOnceTheClosingTimeHasCome() {
        assertThat(open().reminderDue(CLOSES)).isFalse();
    }

    @Test
    void aClosedWaveRefusesEveryMove() {
        Wave closed = open().close("schedule", CLOSES).wave();
        assertThat(closed.takesAnswersAt(CLOSES.minusSeconds(1))).isFalse();
        assertRefused(w -> w.open(CLOSES), closed, "wave-closed");
        assertRefused(w -> w.close("manager", CLOSES), closed, "wave-closed");
        assertRefused(w -> w.cancel(WaveCancelled.BY_MANAGER, CLOSES), closed, "wave-closed");
        assertRefused(w -> w.remind(List.of("i-1"), CLOSES), closed, "wave-closed");
        assertRefused(w -> w.remindDue(List.of("i-1"), SECOND_REMINDER), closed, "wave-closed");
    }

    @Test
    void aCancelledWaveRefusesEveryMove() {
        Wave cancelled = scheduled().cancel(WaveCancelled.BY_MANAGER, OPENS.minusSeconds(60)).wave();
        assertThat(cancelled.opensBy(OPENS)).as("the job never opens it").isFalse();
        assertRefused(w -> w.open(OPENS), cancelled, "wave-cancelled");
        assertRefused(w -> w.close("manager", OPENS), cancelled, "wave-cancelled");
        assertRefused(w -> w.cancel(WaveCancelled.COHORT_GONE, OPENS), cancelled, "wave-cancelled");
        assertRefused(w -> w.remind(List.of("i-1"), OPENS), cancelled, "wave-cancelled");
        assertRefused(w -> w.remindDue(List.of("i-1"), SECOND_REMINDER), cancelled, "wave-cancelled");
    }

    @Test
    void aMoveKeepsTheVersionItWasReadAtForTheOptimisticWrite() {
        Wave stored = new Wave("w-1", "cohort-1", "baseline", "fw", 2, OPENS, CLOSES, WaveStatus.SCHEDULED, null, null,
                List.of(new ScheduledReminder(SECOND_REMINDER, State.DUE)), 7L);

        assertThat(stored.open(OPENS).wave().version()).isEqualTo(7L);
        assertThat(stored.cancel(WaveCancelled.BY_MANAGER, OPENS).wave().version()).isEqualTo(7L);
    }

    private static Wave scheduled() {
        return Wave.create("w-1", DETAILS, REMINDERS, OPENS.minus(Duration.ofDays(30))).wave();
    }

    private static Wave open() {
        return scheduled().open(OPENS).wave();
    }

    private static void assertRefused(Function<Wave, Wave.Changed> move, Wave wave, String reason) {
        assertThatThrownBy(() -> move.apply(wave)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
