package uk.nhs.cohortcoach.notificationservice.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;

class ActionRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final ActionMessages rules = new ActionMessages(ReminderSettings.defaults());

    private static ActionAssigned assigned(LocalDate due) {
        return new ActionAssigned(UUID.randomUUID(), NOW, "act-1", "s-1", "collab", "owner", "Send the board paper", due, "Owner");
    }

    @Test
    void tellsTheOwnerNowAndRemindsAt9LondonOnTheDueDateInWinter() {
        Effects effects = rules.assigned(assigned(LocalDate.of(2026, 3, 20)), NOW);

        assertThat(effects.messages()).extracting(NewMessage::purpose).containsExactly(Purpose.ACTION_ASSIGNED, Purpose.ACTION_DUE);
        assertThat(effects.messages().get(0).dueAt()).isEqualTo(NOW);
        assertThat(effects.messages().get(0).personalisation()).containsEntry("description", "Send the board paper")
                .containsEntry("due_date", "Friday 20 March 2026").containsEntry("session_id", "s-1");
        NewMessage due = effects.messages().get(1);
        assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-20T09:00:00Z"));
        assertThat(due.source()).isEqualTo("action-due:act-1@2026-03-20");
        assertThat(due.recipientId()).isEqualTo("owner");
    }

    @Test
    void theDueReminderIsAt9LondonInSummerTimeToo() {
        Effects effects = rules.assigned(assigned(LocalDate.of(2026, 6, 1)), NOW);

        assertThat(effects.messages().get(1).dueAt()).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
    }

    @Test
    void noDueReminderWhenItsTimeHasPassed() {
        assertThat(rules.assigned(assigned(LocalDate.of(2026, 3, 1)), NOW).messages()).extracting(NewMessage::purpose)
                .containsExactly(Purpose.ACTION_ASSIGNED);
    }
    @Test
    void aReassignmentTellsTheNewOwnerAndRemindsThemAndWithdrawsWhatWasPendingForThePreviousOne() {
        ActionReassigned e = new ActionReassigned(UUID.randomUUID(), NOW, "act-1", "s-1", "collab", "owner", "Owner", "new-owner",
                "New Owner", null, "Send the board paper", LocalDate.of(2026, 3, 20));

        Effects effects = rules.reassigned(e, NOW);

        assertThat(effects.messages()).extracting(NewMessage::purpose).containsExactly(Purpose.ACTION_ASSIGNED, Purpose.ACTION_DUE);
        assertThat(effects.messages()).extracting(NewMessage::recipientId).containsOnly("new-owner");
        assertThat(effects.messages().get(0).source()).isEqualTo(e.eventId().toString());
        assertThat(effects.messages().get(1).dueAt()).isEqualTo(Instant.parse("2026-03-20T09:00:00Z"));
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> {
            assertThat(w.subjectId()).isEqualTo("act-1");
            assertThat(w.purposes()).containsExactlyInAnyOrder(Purpose.ACTION_ASSIGNED, Purpose.ACTION_DUE);
            assertThat(w.keepSources()).containsExactlyInAnyOrderElementsOf(
                    effects.messages().stream().map(NewMessage::source).toList());
        });
    }

    @Test
    void anOutsiderIsToldAtTheEmailGivenWithoutAReminder() {
        ActionReassigned e = new ActionReassigned(UUID.randomUUID(), NOW, "act-1", "s-1", "collab", "owner", "Owner", null,
                "Jo Bloggs", "jo@example.org", "Send the board paper", LocalDate.of(2026, 3, 20));

        Effects effects = rules.reassigned(e, NOW);

        assertThat(effects.messages()).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.ACTION_ASSIGNED);
            assertThat(m.recipientId()).isEqualTo("outsider:act-1");
            assertThat(m.personalisation()).containsEntry("outsider_email", "jo@example.org")
                    .containsEntry("outsider_name", "Jo Bloggs").containsEntry("description", "Send the board paper");
        });
        assertThat(effects.withdrawals()).singleElement()
                .satisfies(w -> assertThat(w.purposes()).contains(Purpose.ACTION_DUE));
    }

    @Test
    void aNewDueDateMovesTheReminderAndAnUnchangedOneChangesNothing() {
        ActionUpdated moved = new ActionUpdated(UUID.randomUUID(), NOW, "act-1", "collab", "owner", "Send it",
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 3, 20));

        Effects effects = rules.updated(moved, NOW);

        assertThat(effects.messages()).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.ACTION_DUE);
            assertThat(m.dueAt()).isEqualTo(Instant.parse("2026-04-02T08:00:00Z"));
            assertThat(m.source()).isEqualTo("action-due:act-1@2026-04-02#" + moved.eventId());
        });
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> {
            assertThat(w.purposes()).containsExactly(Purpose.ACTION_DUE);
            assertThat(w.keepSources()).containsExactly(effects.messages().get(0).source());
        });
        assertThat(rules.updated(new ActionUpdated(UUID.randomUUID(), NOW, "act-1", "collab", "owner", "New text",
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20)), NOW)).isEqualTo(Effects.NONE);
    }

    @Test
    void aReopenedActionIsOwedItsReminderAgainWhileTheDueDateIsAhead() {
        ActionReopened ahead = new ActionReopened(UUID.randomUUID(), NOW, "act-1", "collab", "owner", "Send it",
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 2, 27));

        assertThat(rules.reopened(ahead, NOW).messages()).singleElement().satisfies(m -> {
            assertThat(m.purpose()).isEqualTo(Purpose.ACTION_DUE);
            assertThat(m.recipientId()).isEqualTo("owner");
            assertThat(m.source()).endsWith("#" + ahead.eventId());
        });
        assertThat(rules.reopened(new ActionReopened(UUID.randomUUID(), NOW, "act-1", "collab", "owner", "Send it",
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 27)), NOW).messages()).isEmpty();
    }
}
