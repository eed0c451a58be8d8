package uk.nhs.cohortcoach.notificationservice.session;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.notificationservice.trigger.Withdrawal;
import uk.nhs.cohortcoach.notificationservice.trigger.Wording;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;

/**
 * What each session event asks for, as plain rules (no Spring, no store): the notices it sends now,
 * the reminders it owes later and the pending messages it withdraws.
 *
 * <p>Recipients are the invitees and the coach, each once. A notice's source is the event id. A
 * reminder's source names the session, the time it reminds of and the session's SEQUENCE
 * ({@code session:<id>@<startsAt>#<sequence>}, {@code session-log:<id>@<endsAt>#<sequence>}), so a
 * moved session owes new reminders, even when it moves back to a time it had before. Reminders are
 * owed only while their due time is still ahead.
 */
public final class SessionMessages {

    static final Set<Purpose> REMINDERS = Set.of(Purpose.SESSION_REMINDER, Purpose.SESSION_LOG_REMINDER);

    private final ReminderSettings settings;

    public SessionMessages(ReminderSettings settings) {
        this.settings = settings;
    }

    public Effects scheduled(SessionScheduled e, Instant now) {
        Session session = new Session(e.sessionId(), 0, e.title(), e.startsAt(), e.endsAt(), e.location(), e.videoLink(),
                Wording.zone(e.timeZone()), e.coachId(), e.inviteeIds());
        List<NewMessage> messages = new ArrayList<>();
        if (session.endsAt().isAfter(now)) {
            Map<String, String> fields = session.details(now);
            for (String recipient : session.recipients()) {
                messages.add(notice(e.eventId().toString(), "SessionScheduled", e.occurredAt(), recipient,
                        Purpose.SESSION_INVITATION, session.id(), now, fields));
            }
        }
        messages.addAll(reminders(session, e.eventId().toString(), "SessionScheduled", e.occurredAt(), now));
        return Effects.enqueue(messages);
    }

    public Effects rescheduled(SessionRescheduled e, Instant now) {
        ZoneId zone = Wording.zone(e.timeZone());
        Session session = new Session(e.sessionId(), e.sequence(), e.title(), e.startsAt(), e.endsAt(), e.location(),
                e.videoLink(), zone, e.coachId(), e.inviteeIds());
        List<NewMessage> messages = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>(session.details(now));
        fields.put("previous_when", e.previousStartsAt() == null ? "" : Wording.moment(e.previousStartsAt(), zone));
        fields.put("reason", text(e.reason()));
        String source = e.eventId().toString();
        for (String recipient : session.recipients()) {
            messages.add(notice(source, "SessionRescheduled", e.occurredAt(), recipient, Purpose.SESSION_RESCHEDULED,
                    session.id(), now, fields));
        }
        List<NewMessage> reminders = reminders(session, source, "SessionRescheduled", e.occurredAt(), now);
        messages.addAll(reminders);
        Set<String> keep = new LinkedHashSet<>();
        reminders.forEach(r -> keep.add(r.source()));
        return new Effects(messages, List.of(
                new Withdrawal(session.id(), REMINDERS, keep, "session moved"),
                new Withdrawal(session.id(), Set.of(Purpose.SESSION_RESCHEDULED), Set.of(source),
                        "session moved again before the notice went")));
    }

    public Effects cancelled(SessionCancelled e, Instant now) {
        ZoneId zone = Wording.zone(e.timeZone());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title(e.title()));
        fields.put("when", e.startsAt() == null ? "" : Wording.moment(e.startsAt(), zone));
        fields.put("starts_at", e.startsAt() == null ? "" : e.startsAt().toString());
        fields.put("time_zone", zone.getId());
        fields.put("reason", text(e.reason()));
        fields.put("calendar", e.startsAt() == null ? ""
                : SessionInvite.cancel(e.sessionId(), e.sequence(), e.title(), e.startsAt(), now));
        List<NewMessage> messages = new ArrayList<>();
        for (String recipient : recipients(e.coachId(), e.inviteeIds())) {
            messages.add(notice(e.eventId().toString(), "SessionCancelled", e.occurredAt(), recipient, Purpose.SESSION_CANCELLED,
                    e.sessionId(), now, fields));
        }
        return new Effects(messages, List.of(Withdrawal.of(e.sessionId(), Set.of(Purpose.SESSION_REMINDER,
                Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED), "session cancelled")));
    }

    public Effects logged(SessionLogged e) {
        return Effects.withdraw(Withdrawal.of(e.sessionId(), Set.of(Purpose.SESSION_LOG_REMINDER), "session logged"));
    }

    /** A session that did not happen owes no log reminder (nor any reminder still pending). */
    public Effects notHeld(SessionNotHeld e) {
        return Effects.withdraw(Withdrawal.of(e.sessionId(), REMINDERS, "session did not happen"));
    }

    /**
     * A session deleted as created by mistake: every pending message about it is withdrawn, except a cancellation
     * notice already owed. Unless it was cancelled already (its invitees were told) or has ended, the invitees and the
     * coach are sent a cancellation (METHOD:CANCEL at the deletion's SEQUENCE), so a calendar that took the invitation
     * drops it: what someone who received an invitation expects when the session will not happen.
     */
    public Effects deleted(SessionDeleted e, Instant now) {
        List<NewMessage> messages = new ArrayList<>();
        if (!e.alreadyCancelled() && e.startsAt() != null && (e.endsAt() == null || e.endsAt().isAfter(now))) {
            ZoneId zone = Wording.zone(e.timeZone());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", title(e.title()));
            fields.put("when", Wording.moment(e.startsAt(), zone));
            fields.put("starts_at", e.startsAt().toString());
            fields.put("time_zone", zone.getId());
            fields.put("reason", "It was created by mistake and has been removed from the programme.");
            fields.put("calendar", SessionInvite.cancel(e.sessionId(), e.sequence(), e.title(), e.startsAt(), now));
            for (String recipient : recipients(e.coachId(), e.inviteeIds())) {
                messages.add(notice(e.eventId().toString(), "SessionDeleted", e.occurredAt(), recipient, Purpose.SESSION_CANCELLED,
                        e.sessionId(), now, fields));
            }
        }
        return new Effects(messages, List.of(Withdrawal.of(e.sessionId(), Set.of(Purpose.SESSION_REMINDER,
                Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED), "session deleted")));
    }

    /** The invitees and the coach, each once, in that order; blanks left out. */
    static List<String> recipients(String coachId, List<String> inviteeIds) {
        Set<String> all = new LinkedHashSet<>();
        for (String invitee : inviteeIds) {
            if (invitee != null && !invitee.isBlank()) {
                all.add(invitee);
            }
        }
        if (coachId != null && !coachId.isBlank()) {
            all.add(coachId);
        }
        return List.copyOf(all);
    }

    static String reminderSource(String sessionId, Instant startsAt, int sequence) {
        return "session:" + sessionId + "@" + startsAt + "#" + sequence;
    }

    static String logReminderSource(String sessionId, Instant endsAt, int sequence) {
        return "session-log:" + sessionId + "@" + endsAt + "#" + sequence;
    }

    private List<NewMessage> reminders(Session session, String eventId, String eventType, Instant occurredAt, Instant now) {
        List<NewMessage> reminders = new ArrayList<>();
        Instant remindAt = session.startsAt().minus(settings.sessionReminderBefore());
        if (remindAt.isAfter(now)) {
            Map<String, String> fields = new LinkedHashMap<>(session.details(now));
            fields.remove("calendar");
            String source = reminderSource(session.id(), session.startsAt(), session.sequence());
            for (String recipient : session.recipients()) {
                reminders.add(new NewMessage(source, recipient, Purpose.SESSION_REMINDER, session.id(), eventId, eventType,
                        occurredAt, remindAt, fields, null));
            }
        }
        Instant logAt = session.endsAt().plus(settings.logReminderAfter());
        if (logAt.isAfter(now) && session.coachId() != null && !session.coachId().isBlank()) {
            Map<String, String> fields = Map.of("title", title(session.title()),
                    "when", Wording.span(session.startsAt(), session.endsAt(), session.zone()), "session_id", session.id());
            reminders.add(new NewMessage(logReminderSource(session.id(), session.endsAt(), session.sequence()), session.coachId(),
                    Purpose.SESSION_LOG_REMINDER, session.id(), eventId, eventType, occurredAt, logAt, fields, null));
        }
        return reminders;
    }

    private static NewMessage notice(String source, String eventType, Instant occurredAt, String recipient, Purpose purpose,
            String sessionId, Instant now, Map<String, String> fields) {
        return new NewMessage(source, recipient, purpose, sessionId, source, eventType, occurredAt, now, fields, null);
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? "Coaching session" : title;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A session as the rules need it. */
    private record Session(String id, int sequence, String title, Instant startsAt, Instant endsAt, String location,
            String videoLink, ZoneId zone, String coachId, List<String> inviteeIds) {

        List<String> recipients() {
            return SessionMessages.recipients(coachId, inviteeIds);
        }

        Map<String, String> details(Instant now) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", SessionMessages.title(title));
            fields.put("when", Wording.span(startsAt, endsAt, zone));
            fields.put("starts_at", startsAt.toString());
            fields.put("ends_at", endsAt.toString());
            fields.put("time_zone", zone.getId());
            fields.put("where", location == null || location.isBlank() ? "Online" : location);
            fields.put("video_link", text(videoLink));
            fields.put("calendar", SessionInvite.request(id, sequence, title, startsAt, endsAt, location, videoLink, now));
            return fields;
        }
    }
}
