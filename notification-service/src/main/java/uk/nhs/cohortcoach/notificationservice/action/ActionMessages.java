package uk.nhs.cohortcoach.notificationservice.action;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.notificationservice.trigger.Withdrawal;
import uk.nhs.cohortcoach.notificationservice.trigger.Wording;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;

/**
 * What each action event asks for, as plain rules: ActionAssigned tells the owner now and owes an
 * ACTION_DUE at the configured time (09:00 Europe/London) on the due date, source
 * {@code action-due:<id>@<dueDate>}, while that is still ahead; ActionCompleted withdraws it. ActionUpdated with a
 * new due date moves the reminder; ActionReopened owes it again; ActionReassigned tells the new owner as
 * ActionAssigned does (someone outside the programme at the email the event gives, without a reminder: see
 * {@link OutsideOwners}) and withdraws what was still pending for the previous owner. A reminder owed by one of these
 * events has the event id in its source, so a due date moved away and back, or an action reopened twice, owes a
 * new reminder each time and a redelivered event none.
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

    /** A new due date: the pending reminder is withdrawn and one for the new date owed to the owner, if ahead. */
    public Effects updated(ActionUpdated e, Instant now) {
        if (Objects.equals(e.dueDate(), e.previousDueDate())) {
            return Effects.NONE;
        }
        List<NewMessage> reminder = dueReminder(e.actionId(), e.ownerId(), e.description(), e.dueDate(), null,
                e.eventId().toString(), "ActionUpdated", e.occurredAt(), now);
        return Effects.enqueue(reminder).and(Effects.withdraw(new Withdrawal(e.actionId(), Set.of(Purpose.ACTION_DUE),
                sources(reminder), "the due date changed")));
    }

    /** Open again: its reminder is owed to the owner again, if the due date is ahead. */
    public Effects reopened(ActionReopened e, Instant now) {
        return Effects.enqueue(dueReminder(e.actionId(), e.ownerId(), e.description(), e.dueDate(), null, e.eventId().toString(),
                "ActionReopened", e.occurredAt(), now));
    }

    /**
     * The new owner is told now (a person of the programme, and reminded on the due date; or someone outside it at the
     * event's email, without a reminder); what was still pending for the action (the previous owner's notice or
     * reminder) is withdrawn.
     */
    public Effects reassigned(ActionReassigned e, Instant now) {
        String eventId = e.eventId().toString();
        Map<String, String> fields = fields(e.description(), e.dueDate(), e.sessionId());
        List<NewMessage> messages = new ArrayList<>();
        if (present(e.ownerId())) {
            messages.add(new NewMessage(eventId, e.ownerId(), Purpose.ACTION_ASSIGNED, e.actionId(), eventId, "ActionReassigned",
                    e.occurredAt(), now, fields, null));
            messages.addAll(dueReminder(e.actionId(), e.ownerId(), e.description(), e.dueDate(), e.sessionId(), eventId,
                    "ActionReassigned", e.occurredAt(), now));
        } else if (present(e.ownerEmail())) {
            Map<String, String> toOutsider = new LinkedHashMap<>(fields);
            toOutsider.put(OutsideOwners.EMAIL_FIELD, e.ownerEmail());
            toOutsider.put(OutsideOwners.NAME_FIELD, e.ownerName() == null ? "" : e.ownerName());
            messages.add(new NewMessage(eventId, OutsideOwners.recipientId(e.actionId()), Purpose.ACTION_ASSIGNED, e.actionId(),
                    eventId, "ActionReassigned", e.occurredAt(), now, toOutsider, null));
        }
        return Effects.enqueue(messages).and(Effects.withdraw(new Withdrawal(e.actionId(),
                Set.of(Purpose.ACTION_ASSIGNED, Purpose.ACTION_DUE), sources(messages), "the action was given to someone else")));
    }

    public Effects completed(ActionCompleted e) {
        return Effects.withdraw(Withdrawal.of(e.actionId(), Set.of(Purpose.ACTION_DUE), "action completed"));
    }

    /** The owner's reminder on the due date, owed by the event {@code eventId}; none without an owner or once its time has passed. */
    private List<NewMessage> dueReminder(String actionId, String ownerId, String description, java.time.LocalDate dueDate,
            String sessionId, String eventId, String eventType, Instant occurredAt, Instant now) {
        if (!present(ownerId) || dueDate == null) {
            return List.of();
        }
        Instant dueAt = dueDate.atTime(settings.actionDueAt()).atZone(settings.zone()).toInstant();
        if (!dueAt.isAfter(now)) {
            return List.of();
        }
        return List.of(new NewMessage(dueSource(actionId, dueDate) + "#" + eventId, ownerId, Purpose.ACTION_DUE, actionId, eventId,
                eventType, occurredAt, dueAt, fields(description, dueDate, sessionId), null));
    }

    private static Map<String, String> fields(String description, java.time.LocalDate dueDate, String sessionId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", description == null ? "" : description);
        fields.put("due_date", dueDate == null ? "" : Wording.date(dueDate));
        fields.put("due_on", dueDate == null ? "" : dueDate.toString());
        fields.put("session_id", sessionId == null ? "" : sessionId);
        return fields;
    }

    private static Set<String> sources(List<NewMessage> messages) {
        Set<String> sources = new java.util.HashSet<>();
        messages.forEach(m -> sources.add(m.source()));
        return sources;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The configured time on the due date in the configured zone, or null without a due date. */
    Instant dueReminderAt(ActionAssigned e) {
        return e.dueDate() == null ? null : e.dueDate().atTime(settings.actionDueAt()).atZone(settings.zone()).toInstant();
    }

    static String dueSource(String actionId, java.time.LocalDate dueDate) {
        return "action-due:" + actionId + "@" + dueDate;
    }
}
