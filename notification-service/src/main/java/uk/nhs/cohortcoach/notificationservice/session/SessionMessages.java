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
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
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
 * <p>A series is told of through its own events: one invitation per person from SeriesScheduled, one notice per
 * person and request from SeriesChanged; a session of a series owes only its reminders and withdrawals from its own
 * events. Notices carry no calendar text: the personal calendar link is added when the email is sent.
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

    /**
     * A session's invitation (unless it belongs to a series: the series' own event invites to all of it at once) and
     * its reminders (for every session, in a series or not).
     */
    public Effects scheduled(SessionScheduled e, Instant now) {
        Session session = new Session(e.sessionId(), 0, e.title(), e.startsAt(), e.endsAt(), e.location(), e.videoLink(),
                Wording.zone(e.timeZone()), e.coachId(), e.inviteeIds());
        List<NewMessage> messages = new ArrayList<>();
        if (!inSeries(e.seriesId()) && session.endsAt().isAfter(now)) {
            Map<String, String> fields = session.details();
            fields.put("dates", Wording.span(session.startsAt(), session.endsAt(), session.zone()));
            fields.put("session_count", "1");
            for (String recipient : session.recipients()) {
                messages.add(notice(e.eventId().toString(), "SessionScheduled", e.occurredAt(), recipient,
                        Purpose.SESSION_INVITATION, session.id(), now, fields));
            }
        }
        messages.addAll(reminders(session, e.eventId().toString(), "SessionScheduled", e.occurredAt(), now));
        return Effects.enqueue(messages);
    }

    /**
     * One invitation per person (invitees and coach) to the whole series, listing every date still to come, each as
     * the session is now: {@code current} holds the sessions' views, so an occurrence moved before this event was read
     * is listed at its new time and a cancelled one is left out. Nothing when no occurrence is still to come.
     *
     * @param current the views of the series' sessions, as stored when this event is handled (any may be missing)
     */
    public Effects seriesScheduled(SeriesScheduled e, List<SessionView> current, Instant now) {
        ZoneId zone = Wording.zone(e.timeZone());
        Map<String, SessionView> byId = new LinkedHashMap<>();
        current.forEach(view -> byId.put(view.id(), view));
        List<Instant[]> upcoming = new ArrayList<>();
        for (SeriesScheduled.Occurrence occurrence : e.occurrences()) {
            SessionView view = byId.get(occurrence.sessionId());
            if (view != null && view.cancelled()) {
                continue;
            }
            Instant start = view != null ? view.startsAt() : occurrence.startsAt();
            Instant end = view != null && view.endsAt() != null ? view.endsAt() : occurrence.endsAt();
            if (end.isAfter(now)) {
                upcoming.add(new Instant[] {start, end});
            }
        }
        if (upcoming.isEmpty()) {
            return Effects.NONE;
        }
        upcoming.sort((a, b) -> a[0].compareTo(b[0]));
        Instant[] first = upcoming.get(0);
        Instant[] last = upcoming.get(upcoming.size() - 1);
        Session series = new Session(e.seriesId(), 0, e.title(), first[0], first[1], e.location(), e.videoLink(), zone,
                e.coachId(), e.inviteeIds());
        Map<String, String> fields = series.details();
        fields.put("when", upcoming.size() == 1 ? Wording.span(first[0], first[1], zone)
                : upcoming.size() + " sessions, " + Wording.date(first[0], zone) + " to " + Wording.date(last[0], zone));
        fields.put("dates", String.join("\n", upcoming.stream().map(o -> Wording.span(o[0], o[1], zone)).toList()));
        fields.put("session_count", String.valueOf(upcoming.size()));
        List<NewMessage> messages = new ArrayList<>();
        for (String recipient : series.recipients()) {
            messages.add(notice(e.eventId().toString(), "SeriesScheduled", e.occurredAt(), recipient, Purpose.SESSION_INVITATION,
                    e.seriesId(), now, fields));
        }
        return Effects.enqueue(messages);
    }

    public Effects rescheduled(SessionRescheduled e, Instant now) {
        return rescheduled(e, null, now);
    }

    /**
     * New reminders for the new time, the old ones withdrawn, and for a session not in a series a notice to invitees
     * and coach; a session of a series is told of by the series' SeriesChanged, once for all the sessions one request
     * moved.
     *
     * @param seriesId the session's series as this service knows it, or null
     */
    public Effects rescheduled(SessionRescheduled e, String seriesId, Instant now) {
        ZoneId zone = Wording.zone(e.timeZone());
        Session session = new Session(e.sessionId(), e.sequence(), e.title(), e.startsAt(), e.endsAt(), e.location(),
                e.videoLink(), zone, e.coachId(), e.inviteeIds());
        List<NewMessage> messages = new ArrayList<>();
        Map<String, String> fields = session.details();
        fields.put("previous_when", e.previousStartsAt() == null ? "" : Wording.moment(e.previousStartsAt(), zone));
        fields.put("reason", text(e.reason()));
        fields.put("dates", Wording.span(e.startsAt(), e.endsAt(), zone));
        fields.put("session_count", "1");
        String source = e.eventId().toString();
        if (!inSeries(seriesId)) {
            for (String recipient : session.recipients()) {
                messages.add(notice(source, "SessionRescheduled", e.occurredAt(), recipient, Purpose.SESSION_RESCHEDULED,
                        session.id(), now, fields));
            }
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
        return cancelled(e, null, now);
    }

    /**
     * Withdraws what is pending about the session and, for a session not in a series, tells invitees and coach; a
     * session of a series is told of by the series' SeriesChanged.
     *
     * @param seriesId the session's series as this service knows it, or null
     */
    public Effects cancelled(SessionCancelled e, String seriesId, Instant now) {
        ZoneId zone = Wording.zone(e.timeZone());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title(e.title()));
        fields.put("when", e.startsAt() == null ? "" : Wording.moment(e.startsAt(), zone));
        fields.put("starts_at", e.startsAt() == null ? "" : e.startsAt().toString());
        fields.put("time_zone", zone.getId());
        fields.put("reason", text(e.reason()));
        fields.put("dates", fields.get("when"));
        fields.put("session_count", "1");
        List<NewMessage> messages = new ArrayList<>();
        for (String recipient : inSeries(seriesId) ? List.<String>of() : recipients(e.coachId(), e.inviteeIds())) {
            messages.add(notice(e.eventId().toString(), "SessionCancelled", e.occurredAt(), recipient, Purpose.SESSION_CANCELLED,
                    e.sessionId(), now, fields));
        }
        return new Effects(messages, List.of(Withdrawal.of(e.sessionId(), Set.of(Purpose.SESSION_REMINDER,
                Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED), "session cancelled")));
    }

    /**
     * One notice per person (invitees and coach) about every session of a series one request moved or cancelled
     * (subject: the series, so its calendar link shows the whole series as it now is): {@code dates} lists the new
     * times (or the cancelled ones), {@code previous_when} where moved ones were. Reminders follow each session's own
     * event.
     */
    public Effects seriesChanged(SeriesChanged e, Instant now) {
        if (e.occurrences().isEmpty()) {
            return Effects.NONE;
        }
        ZoneId zone = Wording.zone(e.timeZone());
        boolean cancelled = SeriesChanged.CANCELLED.equals(e.change());
        List<SeriesChanged.Occurrence> changed = e.occurrences().stream()
                .sorted(java.util.Comparator.comparing(SeriesChanged.Occurrence::startsAt)).toList();
        SeriesChanged.Occurrence first = changed.get(0);
        Session session = new Session(e.seriesId(), first.sequence(), e.title(), first.startsAt(), first.endsAt(),
                first.location(), e.videoLink(), zone, e.coachId(), e.inviteeIds());
        Map<String, String> fields = cancelled ? new LinkedHashMap<>() : session.details();
        fields.put("title", title(e.title()));
        fields.put("starts_at", first.startsAt().toString());
        fields.put("time_zone", zone.getId());
        List<String> dates = changed.stream().map(o -> cancelled ? Wording.moment(o.startsAt(), zone)
                : Wording.span(o.startsAt(), o.endsAt(), zone)).toList();
        fields.put("when", changed.size() == 1 ? dates.get(0) : changed.size() + " sessions of the series");
        fields.put("dates", String.join("\n", dates));
        fields.put("session_count", String.valueOf(changed.size()));
        if (!cancelled) {
            fields.put("previous_when", String.join("\n", changed.stream()
                    .map(o -> o.previousStartsAt() == null ? "" : Wording.moment(o.previousStartsAt(), zone)).toList()));
        }
        fields.put("reason", text(e.reason()));
        Purpose purpose = cancelled ? Purpose.SESSION_CANCELLED : Purpose.SESSION_RESCHEDULED;
        List<NewMessage> messages = new ArrayList<>();
        for (String recipient : recipients(e.coachId(), e.inviteeIds())) {
            messages.add(notice(e.eventId().toString(), "SeriesChanged", e.occurredAt(), recipient, purpose, e.seriesId(), now,
                    fields));
        }
        return Effects.enqueue(messages);
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
     * coach are sent a cancellation notice (in a series too: no SeriesChanged tells of a deletion); its calendar link
     * shows the session cancelled ({@link SessionTriggers} marks its view so), so a calendar that took the invitation
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
            fields.put("dates", fields.get("when"));
            fields.put("session_count", "1");
            for (String recipient : recipients(e.coachId(), e.inviteeIds())) {
                messages.add(notice(e.eventId().toString(), "SessionDeleted", e.occurredAt(), recipient, Purpose.SESSION_CANCELLED,
                        e.sessionId(), now, fields));
            }
        }
        return new Effects(messages, List.of(Withdrawal.of(e.sessionId(), Set.of(Purpose.SESSION_REMINDER,
                Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED), "session deleted")));
    }

    private static boolean inSeries(String seriesId) {
        return seriesId != null && !seriesId.isBlank();
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
            Map<String, String> fields = session.details();
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

        /** The fields every session email shares (the personal calendar link is added when it is sent). */
        Map<String, String> details() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", SessionMessages.title(title));
            fields.put("when", Wording.span(startsAt, endsAt, zone));
            fields.put("starts_at", startsAt.toString());
            fields.put("ends_at", endsAt.toString());
            fields.put("time_zone", zone.getId());
            fields.put("where", location == null || location.isBlank() ? "Online" : location);
            fields.put("video_link", text(videoLink));
            return fields;
        }
    }
}
