package uk.nhs.cohortcoach.notificationservice.openevent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.Withdrawal;
import uk.nhs.cohortcoach.notificationservice.trigger.Wording;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;

/**
 * What each open-event and registration event asks for, as plain rules. Every message is to a registrant
 * ({@link Registrants}) and about their registration (its subject), so a cancellation withdraws what is pending for it.
 * Notices are owed per event id; reminders per (registration, start, description's sequence, how long before), so a
 * moved or changed event owes new ones and the old are withdrawn; the feedback link per registration and the
 * recording per resource, so a later attendance record or a recording published again owes nothing new to anyone
 * told already. Reminders are owed only while their time is ahead.
 */
public final class OpenEventMessages {

    /** How long before the start the registrants with a place are reminded, and how the email says it. */
    static final Map<Duration, String> REMINDERS = Map.of(Duration.ofDays(1), "1 day", Duration.ofHours(1), "1 hour");

    /** A place: the confirmation now (worded for a promotion from the waiting list), and the reminders ahead. */
    public Effects confirmed(RegistrationConfirmed e, Optional<OpenEventView> event, Instant now) {
        Map<String, String> fields = eventFields(e.openEventId(), event);
        fields.put("from_waiting_list", e.fromWaitingList() ? "yes" : "no");
        fields.put("opening", e.fromWaitingList()
                ? "A place has become free at this event and it is now yours."
                : "Your place at this event is confirmed.");
        List<NewMessage> messages = new ArrayList<>();
        messages.add(notice(e.eventId().toString(), e.registrationId(), Purpose.REGISTRATION_CONFIRMED, "RegistrationConfirmed",
                e.occurredAt(), now, fields));
        event.filter(view -> !view.cancelled())
                .ifPresent(view -> messages.addAll(reminders(view, e.registrationId(), e.eventId().toString(), "RegistrationConfirmed",
                        e.occurredAt(), now)));
        return Effects.enqueue(messages);
    }

    public Effects waitlisted(RegistrationWaitlisted e, Optional<OpenEventView> event, Instant now) {
        Map<String, String> fields = eventFields(e.openEventId(), event);
        fields.put("position", Integer.toString(e.position()));
        fields.put("opening", "This event is full, so you are on its waiting list at position " + e.position()
                + ". We will email you if a place becomes free.");
        return Effects.enqueue(List.of(notice(e.eventId().toString(), e.registrationId(), Purpose.REGISTRATION_WAITLISTED,
                "RegistrationWaitlisted", e.occurredAt(), now, fields)));
    }

    /** Told it is cancelled (unless the whole event was: that email says so), and its pending reminders withdrawn. */
    public Effects cancelled(RegistrationCancelled e, Optional<OpenEventView> event, Instant now) {
        Effects withdrawn = Effects.withdraw(Withdrawal.of(e.registrationId(),
                Set.of(Purpose.OPEN_EVENT_REMINDER, Purpose.REGISTRATION_CONFIRMED, Purpose.REGISTRATION_WAITLISTED),
                "the registration was cancelled"));
        if (event.map(OpenEventView::cancelled).orElse(false)) {
            return withdrawn;
        }
        Map<String, String> fields = eventFields(e.openEventId(), event);
        fields.put("had_place", e.hadPlace() ? "yes" : "no");
        fields.put("opening", "Your registration is cancelled.");
        return Effects.enqueue(List.of(notice(e.eventId().toString(), e.registrationId(), Purpose.REGISTRATION_CANCELLED,
                "RegistrationCancelled", e.occurredAt(), now, fields))).and(withdrawn);
    }

    /**
     * A newer description: each registrant with a place owed the reminders of the event as it now is (the others
     * withdrawn); when its time changed, everyone with a place or on the waiting list told it has moved.
     */
    public Effects changed(OpenEventChanged e, OpenEventView previous, OpenEventView current, List<Registration> registrations,
            Instant now) {
        if (current.cancelled()) {
            return Effects.NONE;
        }
        String eventId = e.eventId().toString();
        boolean moved = current.movedFrom(previous);
        Effects effects = Effects.NONE;
        for (Registration registration : registrations) {
            if (registration.confirmed()) {
                List<NewMessage> reminders = reminders(current, registration.id(), eventId, "OpenEventChanged", e.occurredAt(), now);
                effects = effects.and(Effects.enqueue(reminders)).and(Effects.withdraw(new Withdrawal(registration.id(),
                        Set.of(Purpose.OPEN_EVENT_REMINDER), sources(reminders), "the open event changed")));
            }
            if (moved && !registration.cancelled() && current.startsAt().isAfter(now)) {
                Map<String, String> fields = eventFields(current);
                fields.put("previous_when", span(previous));
                effects = effects.and(Effects.enqueue(List.of(notice(eventId, registration.id(), Purpose.OPEN_EVENT_MOVED,
                        "OpenEventChanged", e.occurredAt(), now, fields))));
            }
        }
        return effects;
    }

    /** Everyone with a place or on the waiting list told, with the reason; every pending reminder withdrawn. */
    public Effects eventCancelled(OpenEventCancelled e, Optional<OpenEventView> event, List<Registration> registrations, Instant now) {
        Effects effects = Effects.NONE;
        for (Registration registration : registrations) {
            effects = effects.and(Effects.withdraw(Withdrawal.of(registration.id(), Set.of(Purpose.OPEN_EVENT_REMINDER),
                    "the open event was cancelled")));
            if (registration.cancelled()) {
                continue;
            }
            Map<String, String> fields = eventFields(e.openEventId(), event);
            fields.put("title", text(e.title()));
            if (event.isEmpty() && e.startsAt() != null) {
                fields.put("when", Wording.moment(e.startsAt(), Wording.zone(e.timeZone())));
            }
            fields.put("reason", text(e.reason()));
            fields.put("had_place", registration.confirmed() ? "yes" : "no");
            effects = effects.and(Effects.enqueue(List.of(notice(e.eventId().toString(), registration.id(),
                    Purpose.OPEN_EVENT_CANCELLED, "OpenEventCancelled", e.occurredAt(), now, fields))));
        }
        return effects;
    }

    /** Each attendee the feedback link, once per registration however often attendance is recorded. */
    public Effects attended(AttendanceRecorded e, Optional<OpenEventView> event, Instant now) {
        List<NewMessage> messages = new ArrayList<>();
        for (String registrationId : new java.util.LinkedHashSet<>(e.attendedRegistrationIds())) {
            messages.add(notice("open-event-feedback:" + registrationId, registrationId, Purpose.OPEN_EVENT_FEEDBACK, e.eventId().toString(),
                    "AttendanceRecorded", e.occurredAt(), now, eventFields(e.openEventId(), event)));
        }
        return Effects.enqueue(messages);
    }

    /** Every registrant who did not cancel, once per recording resource. */
    public Effects recording(RecordingPublished e, Optional<OpenEventView> event, List<Registration> registrations, Instant now) {
        List<NewMessage> messages = new ArrayList<>();
        for (Registration registration : registrations) {
            if (registration.cancelled()) {
                continue;
            }
            Map<String, String> fields = eventFields(e.openEventId(), event);
            fields.put("recording_title", text(e.title()));
            fields.put(Registrants.RESOURCE_FIELD, text(e.resourceId()));
            messages.add(notice("recording:" + e.resourceId(), registration.id(), Purpose.RECORDING_AVAILABLE, e.eventId().toString(),
                    "RecordingPublished", e.occurredAt(), now, fields));
        }
        return Effects.enqueue(messages);
    }

    /** The reminders ahead for a registrant with a place: a day and an hour before the start. */
    List<NewMessage> reminders(OpenEventView event, String registrationId, String eventId, String eventType, Instant occurredAt,
            Instant now) {
        List<NewMessage> reminders = new ArrayList<>();
        if (event.startsAt() == null || event.cancelled()) {
            return reminders;
        }
        REMINDERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(before -> {
            Instant dueAt = event.startsAt().minus(before.getKey());
            if (dueAt.isAfter(now)) {
                Map<String, String> fields = eventFields(event);
                fields.put("starts_in", before.getValue());
                String source = "open-event-reminder:" + registrationId + "@" + event.startsAt() + "#" + event.sequence() + "-"
                        + before.getKey();
                reminders.add(new NewMessage(source, Registrants.recipientId(registrationId), Purpose.OPEN_EVENT_REMINDER,
                        registrationId, eventId, eventType, occurredAt, dueAt, fields, null));
            }
        });
        return reminders;
    }

    private static NewMessage notice(String source, String registrationId, Purpose purpose, String eventType, Instant occurredAt,
            Instant now, Map<String, String> fields) {
        return notice(source, registrationId, purpose, source, eventType, occurredAt, now, fields);
    }

    private static NewMessage notice(String source, String registrationId, Purpose purpose, String eventId, String eventType,
            Instant occurredAt, Instant now, Map<String, String> fields) {
        return new NewMessage(source, Registrants.recipientId(registrationId), purpose, registrationId, eventId, eventType, occurredAt,
                now, fields, null);
    }

    private static Map<String, String> eventFields(String openEventId, Optional<OpenEventView> event) {
        if (event.isPresent()) {
            return eventFields(event.get());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Registrants.OPEN_EVENT_FIELD, openEventId);
        fields.put("title", "");
        fields.put("when", "");
        return fields;
    }

    /** The event's id (its links are made from it when sent), title and time in words. */
    static Map<String, String> eventFields(OpenEventView event) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Registrants.OPEN_EVENT_FIELD, event.id());
        fields.put("title", text(event.title()));
        fields.put("when", span(event));
        fields.put("starts_at", event.startsAt() == null ? "" : event.startsAt().toString());
        fields.put("time_zone", Wording.zone(event.timeZone()).getId());
        return fields;
    }

    private static String span(OpenEventView event) {
        if (event == null || event.startsAt() == null) {
            return "";
        }
        return event.endsAt() == null || !event.endsAt().isAfter(event.startsAt())
                ? Wording.moment(event.startsAt(), Wording.zone(event.timeZone()))
                : Wording.span(event.startsAt(), event.endsAt(), Wording.zone(event.timeZone()));
    }

    private static Set<String> sources(List<NewMessage> messages) {
        Set<String> sources = new HashSet<>();
        messages.forEach(m -> sources.add(m.source()));
        return sources;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
