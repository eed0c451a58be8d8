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
}
