package uk.nhs.cohortcoach.notificationservice.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.notificationservice.trigger.Withdrawal;
import uk.nhs.cohortcoach.notificationservice.trigger.Wording;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;

/**
 * What each action event asks for, as plain rules: ActionAssigned tells the owner now and owes an
 * ACTION_DUE at the configured time (09:00 Europe/London) on the due date, source
 * {@code action-due:<id>@<dueDate>}, while that is still ahead; ActionCompleted withdraws it.
 */
public final class ActionMessages {

    private final ReminderSettings settings;

    public ActionMessages(ReminderSettings settings) {
        this.settings = settings;
    }

    public Effects assigned(ActionAssigned e, Instant now) {
        if (e.ownerId() == null || e.ownerId().isBlank()) {
            return Effects.NONE;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", e.description() == null ? "" : e.description());
        fields.put("due_date", e.dueDate() == null ? "" : Wording.date(e.dueDate()));
        fields.put("due_on", e.dueDate() == null ? "" : e.dueDate().toString());
        fields.put("session_id", e.sessionId() == null ? "" : e.sessionId());
        String eventId = e.eventId().toString();
        List<NewMessage> messages = new ArrayList<>();
        messages.add(new NewMessage(eventId, e.ownerId(), Purpose.ACTION_ASSIGNED, e.actionId(), eventId, "ActionAssigned",
                e.occurredAt(), now, fields, null));
        Instant dueAt = dueReminderAt(e);
        if (dueAt != null && dueAt.isAfter(now)) {
            messages.add(new NewMessage(dueSource(e.actionId(), e.dueDate()), e.ownerId(), Purpose.ACTION_DUE, e.actionId(),
                    eventId, "ActionAssigned", e.occurredAt(), dueAt, fields, null));
        }
        return Effects.enqueue(messages);
    }

    public Effects completed(ActionCompleted e) {
        return Effects.withdraw(Withdrawal.of(e.actionId(), Set.of(Purpose.ACTION_DUE), "action completed"));
    }

    /** The configured time on the due date in the configured zone, or null without a due date. */
    Instant dueReminderAt(ActionAssigned e) {
        return e.dueDate() == null ? null : e.dueDate().atTime(settings.actionDueAt()).atZone(settings.zone()).toInstant();
    }

    static String dueSource(String actionId, java.time.LocalDate dueDate) {
        return "action-due:" + actionId + "@" + dueDate;
    }
}
