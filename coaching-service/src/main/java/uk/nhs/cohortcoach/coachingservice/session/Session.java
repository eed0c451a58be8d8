package uk.nhs.cohortcoach.coachingservice.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * A coaching session with one collaborative, held by one coach. Times are UTC instants; the
 * time zone they were entered in (Europe/London) is kept for display, invitations and calendars.
 * {@code sequence} rises with every reschedule or cancellation (iCalendar SEQUENCE).
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
        @Version Long version) {

    public static final String LONDON = "Europe/London";

    public Session {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
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

    /**
     * Moved to a new time (and place, if given): the calendar sequence rises. Refused for a cancelled session
     * and for one that took place and was logged — its time is history.
     */
    public Change moveTo(Instant start, Instant end, String newLocation, String reason, Instant now) {
        if (cancelled()) {
            throw new ConflictException("The session is cancelled; it cannot be rescheduled.", "session-cancelled");
        }
        if (delivered()) {
            throw new ConflictException("The session took place and has been logged; it cannot be moved. Correct its log if "
                    + "the details were wrong.", "session-held");
        }
        Session moved = copy(start, end, newLocation != null ? newLocation : location, status, cancelReason, sequence + 1, log);
        return new Change(moved, new SessionRescheduled(UUID.randomUUID(), now, id, collaborativeId, coachId, start, end,
                moved.location(), reason, moved.sequence(), title, inviteeIds, timeZone, videoLink, startsAt));
    }

    /**
     * Cancelled, with the reason: the calendar sequence rises and the session stays in feeds as cancelled.
     * Refused if it is cancelled already, and for a session that took place and was logged.
     */
    public Change cancel(String reason, Instant now) {
        if (cancelled()) {
            throw new ConflictException("The session is already cancelled.", "session-cancelled");
        }
        if (delivered()) {
            throw new ConflictException("The session took place and has been logged; it cannot be cancelled.", "session-held");
        }
        Session cancelled = copy(startsAt, endsAt, location, SessionStatus.CANCELLED, reason, sequence + 1, log);
        return new Change(cancelled, new SessionCancelled(UUID.randomUUID(), now, id, collaborativeId, coachId, reason, title,
                startsAt, inviteeIds, timeZone, cancelled.sequence()));
    }

    /** Logged as held (or its log corrected): refused for a cancelled session. When it may be logged is LogRules'. */
    public Change record(SessionLog newLog, Instant now) {
        if (cancelled()) {
            throw new ConflictException("The session was cancelled, so it has no log.", "session-cancelled");
        }
        Session logged = copy(startsAt, endsAt, location, status, cancelReason, sequence, newLog);
        return new Change(logged, new SessionLogged(UUID.randomUUID(), now, id, collaborativeId, coachId, newLog.attendeeIds(),
                newLog.themes().stream().map(Enum::name).sorted().toList(), newLog.equityPause().held()));
    }

    /** This session with what a life-cycle move may change; who, what and with whom never change. */
    private Session copy(Instant start, Instant end, String newLocation, SessionStatus newStatus, String newCancelReason,
            int newSequence, SessionLog newLog) {
        return new Session(id, cohortId, collaborativeId, coachId, type, title, start, end, timeZone, newLocation, videoLink,
                inviteeIds, seriesId, newStatus, newCancelReason, newSequence, newLog, version);
    }
}
