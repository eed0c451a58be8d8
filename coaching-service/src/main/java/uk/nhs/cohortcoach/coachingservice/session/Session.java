package uk.nhs.cohortcoach.coachingservice.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * A coaching session with one collaborative, held by one coach. Times are UTC instants; the
 * time zone they were entered in (Europe/London) is kept for display, invitations and calendars.
 * {@code sequence} rises with every reschedule or cancellation (iCalendar SEQUENCE).
 *
 * <p>Life cycle: scheduled → held (logged) / did not happen ({@code NOT_HELD}, with its reason) / cancelled; a
 * scheduled or cancelled session on which nothing depends may be deleted (a tombstone, {@code DELETED}). Each move
 * returns the new session and its event and refuses what the state forbids (409 with a stable reason code).
 *
 * @param notHeldReason why the session did not happen (when {@code NOT_HELD})
 * @param logOpenUntil  when set and later than the usual lock (14 days after the start), the log may be written or
 *                      corrected until then: set when a programme manager reopens it, and for a session recorded as
 *                      held after the event
 * @param logHistory    the log's audit trail, oldest first: every write and every reopening
 */
@Document("sessions")
@CompoundIndexes({
    @CompoundIndex(name = "coach_time", def = "{'coachId': 1, 'startsAt': 1}"),
    @CompoundIndex(name = "collaborative_time", def = "{'collaborativeId': 1, 'startsAt': 1}")
})
public record Session(
        @Id String id,
        String cohortId,
        String collaborativeId,
        String coachId,
        SessionType type,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String location,
        String videoLink,
        List<String> inviteeIds,
        String seriesId,
        SessionStatus status,
        String cancelReason,
        int sequence,
        SessionLog log,
        @Version Long version,
        String notHeldReason,
        Instant logOpenUntil,
        List<LogEntry> logHistory) {

    public static final String LONDON = "Europe/London";

    public Session {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
        logHistory = logHistory == null ? List.of() : List.copyOf(logHistory);
    }

    /** A move of the session's life cycle: the session as it now is, and the event that says so. */
    public record Change(Session session, CoachingEvent event) {
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Held and logged: it took place, so it can no longer be moved or cancelled (only its log corrected). */
    public boolean delivered() {
        return status == SessionStatus.SCHEDULED && log != null;
    }

    /** Marked as did not happen: counted as not delivered; nothing more can be done with it. */
    public boolean notHeld() {
        return status == SessionStatus.NOT_HELD;
    }

    /** Deleted as created by mistake: a tombstone that no read shows. */
    public boolean deleted() {
        return status == SessionStatus.DELETED;
    }

    /**
     * Moved to a new time (and place, if given): the calendar sequence rises. Refused for a cancelled session
     * and for one that took place and was logged — its time is history.
     */
    public Change moveTo(Instant start, Instant end, String newLocation, String reason, Instant now) {
        requireNotDeleted();
        if (cancelled()) {
            throw new ConflictException("The session is cancelled; it cannot be rescheduled.", "session-cancelled");
        }
        if (notHeld()) {
            throw notHeldConflict("moved");
        }
        if (delivered()) {
            throw new ConflictException("The session took place and has been logged; it cannot be moved. Correct its log if "
                    + "the details were wrong.", "session-held");
        }
        Session moved = copy(start, end, newLocation != null ? newLocation : location, status, cancelReason, notHeldReason,
                sequence + 1, log, logOpenUntil, logHistory);
        return new Change(moved, new SessionRescheduled(UUID.randomUUID(), now, id, collaborativeId, coachId, start, end,
                moved.location(), reason, moved.sequence(), title, inviteeIds, timeZone, videoLink, startsAt));
    }

    /**
     * Cancelled, with the reason: the calendar sequence rises and the session stays in feeds as cancelled.
     * Refused if it is cancelled already, and for a session that took place and was logged.
     */
    public Change cancel(String reason, Instant now) {
        requireNotDeleted();
        if (cancelled()) {
            throw new ConflictException("The session is already cancelled.", "session-cancelled");
        }
        if (notHeld()) {
            throw notHeldConflict("cancelled");
        }
        if (delivered()) {
            throw new ConflictException("The session took place and has been logged; it cannot be cancelled.", "session-held");
        }
        Session cancelled = copy(startsAt, endsAt, location, SessionStatus.CANCELLED, reason, notHeldReason, sequence + 1, log,
                logOpenUntil, logHistory);
        return new Change(cancelled, new SessionCancelled(UUID.randomUUID(), now, id, collaborativeId, coachId, reason, title,
                startsAt, inviteeIds, timeZone, cancelled.sequence()));
    }

    /**
     * Logged as held (or its log corrected) by {@code author}, who added {@code actionsAdded} actions with it: the
     * audit trail gains a line naming the fields that changed. Refused for a cancelled session and one marked as did
     * not happen. When it may be logged is LogRules'.
     */
    public Change record(SessionLog newLog, LogEntry.Author author, int actionsAdded, Instant now) {
        requireNotDeleted();
        if (cancelled()) {
            throw new ConflictException("The session was cancelled, so it has no log.", "session-cancelled");
        }
        if (notHeld()) {
            throw new ConflictException("The session was marked as did not happen, so it has no log.", "session-not-held");
        }
        List<String> fields = new ArrayList<>(newLog.changedFrom(log));
        if (actionsAdded > 0) {
            fields.add("actions");
        }
        LogEntry entry = new LogEntry(now, author.personId(), author.role(),
                log == null ? LogEntry.Kind.WRITTEN : LogEntry.Kind.CORRECTED, fields, null, null);
        Session logged = copy(startsAt, endsAt, location, status, cancelReason, notHeldReason, sequence, newLog,
                logOpenUntil, with(entry));
        return new Change(logged, new SessionLogged(UUID.randomUUID(), now, id, collaborativeId, coachId, newLog.attendeeIds(),
                newLog.themes().stream().map(Enum::name).sorted().toList(), newLog.equityPause().held()));
    }

    /**
     * Did not happen, with the reason: only a scheduled session, not logged, whose start has passed (before it, cancel
     * it instead). Its calendar entry stays as it was (it is history); it counts as planned and not delivered.
     */
    public Change markNotHeld(String reason, Instant now) {
        requireNotDeleted();
        if (cancelled()) {
            throw new ConflictException("The session was cancelled; it cannot also be marked as did not happen.",
                    "session-cancelled");
        }
        if (notHeld()) {
            throw new ConflictException("The session is already marked as did not happen.", "session-not-held");
        }
        if (delivered()) {
            throw new ConflictException("The session took place and has been logged; it cannot be marked as did not happen. "
                    + "Correct its log if the details were wrong.", "session-held");
        }
        if (now.isBefore(startsAt)) {
            throw new ConflictException("The session has not started yet; it can be marked as did not happen only after its "
                    + "start. Cancel it if it will not take place.", "session-not-started");
        }
        Session marked = copy(startsAt, endsAt, location, SessionStatus.NOT_HELD, cancelReason, reason, sequence, log,
                logOpenUntil, logHistory);
        return new Change(marked, new SessionNotHeld(UUID.randomUUID(), now, id, collaborativeId, coachId, reason, startsAt));
    }

    /**
     * The log reopened by a programme manager until {@code until}, with the reason: the coach may write or correct it
     * again until then. Refused for a cancelled session and one marked as did not happen (they have no log). Whether
     * it is locked now is LogRules'. No event: nothing outside this service acts on it; the audit trail records it.
     */
    public Session reopenLog(String reason, Instant until, LogEntry.Author author, Instant now) {
        requireNotDeleted();
        if (cancelled()) {
            throw new ConflictException("The session was cancelled, so it has no log to reopen.", "session-cancelled");
        }
        if (notHeld()) {
            throw new ConflictException("The session was marked as did not happen, so it has no log to reopen.",
                    "session-not-held");
        }
        LogEntry entry = new LogEntry(now, author.personId(), author.role(), LogEntry.Kind.REOPENED, List.of(), reason, until);
        return copy(startsAt, endsAt, location, status, cancelReason, notHeldReason, sequence, log, until, with(entry));
    }

    /**
     * Deleted as created by mistake: only while nothing depends on it. Refused (409 naming what depends on it) once it
     * has a log, when it was marked as did not happen, and when {@code actionsAgreed} actions come from it. A
     * scheduled or cancelled session may go; the event says which, so the invitees of a scheduled one can be told.
     */
    public Change delete(long actionsAgreed, Instant now) {
        requireNotDeleted();
        if (log != null) {
            throw new ConflictException("The session cannot be deleted: it took place and has been logged, and the "
                    + "programme's figures count it.", "session-held");
        }
        if (notHeld()) {
            throw new ConflictException("The session cannot be deleted: it was marked as did not happen, and the "
                    + "programme's figures count it as not delivered.", "session-not-held");
        }
        if (actionsAgreed > 0) {
            throw new ConflictException("The session cannot be deleted: " + actionsAgreed + (actionsAgreed == 1
                    ? " action was" : " actions were") + " agreed in it.", "session-has-actions");
        }
        Session gone = copy(startsAt, endsAt, location, SessionStatus.DELETED, cancelReason, notHeldReason, sequence + 1, log,
                logOpenUntil, logHistory);
        return new Change(gone, new SessionDeleted(UUID.randomUUID(), now, id, collaborativeId, coachId, title, startsAt,
                endsAt, inviteeIds, timeZone, gone.sequence(), cancelled()));
    }

    private void requireNotDeleted() {
        if (deleted()) {
            throw new ConflictException("The session was deleted.", "session-deleted");
        }
    }

    private ConflictException notHeldConflict(String what) {
        return new ConflictException("The session was marked as did not happen; it cannot be " + what + ".",
                "session-not-held");
    }

    private List<LogEntry> with(LogEntry entry) {
        List<LogEntry> history = new ArrayList<>(logHistory);
        history.add(entry);
        return history;
    }

    /** This session with what a life-cycle move may change; who, what and with whom never change. */
    private Session copy(Instant start, Instant end, String newLocation, SessionStatus newStatus, String newCancelReason,
            String newNotHeldReason, int newSequence, SessionLog newLog, Instant newLogOpenUntil, List<LogEntry> newHistory) {
        return new Session(id, cohortId, collaborativeId, coachId, type, title, start, end, timeZone, newLocation, videoLink,
                inviteeIds, seriesId, newStatus, newCancelReason, newSequence, newLog, version, newNotHeldReason, newLogOpenUntil,
                newHistory);
    }
}
