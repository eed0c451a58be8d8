package uk.nhs.cohortcoach.coachingservice.sessionlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionAccess;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.logdraft.LogDrafts;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModelLag;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.LogEntry;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionRepository;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scheduling;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionDetails;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Writing and reading session logs. Only the session's own coach writes its log (programme managers
 * read every log but do not write: the log is the coach's record of their session). Every write,
 * the first and each edit, stores each new action as its own aggregate with its ActionAssigned event
 * (idempotently, by an id derived from its content), then saves the session with a SessionLogged
 * event in one write. Every write and every reopening adds a line to the log's audit trail on the session, in the
 * same write. A programme manager reopens a locked log for {@code cohort-coach.session-log.reopen-for} (default 7
 * days). A session that already took place is recorded with its log in one request ({@link #recordHeld}).
 */
@Service
public class SessionLogs {

    private final SessionRepository sessions;
    private final Actions actions;
    private final ActionAccess access;
    private final ReadModel readModel;
    private final ReadModelLag lag;
    private final Outbox outbox;
    private final Clock clock;
    private final Scheduling scheduling;
    private final Duration reopenFor;
    private final LogDrafts logDrafts;

    SessionLogs(SessionRepository sessions, Actions actions, ActionAccess access, ReadModel readModel, ReadModelLag lag,
            Outbox outbox, Clock clock, Scheduling scheduling, LogDrafts logDrafts,
            @Value("${cohort-coach.session-log.reopen-for:7d}") Duration reopenFor) {
        this.logDrafts = logDrafts;
        this.scheduling = scheduling;
        this.reopenFor = reopenFor;
        this.lag = lag;
        this.sessions = sessions;
        this.actions = actions;
        this.access = access;
        this.readModel = readModel;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A session with its log and the actions agreed in it. */
    public record LoggedSession(Session session, List<Action> actions) {
    }

    public LoggedSession write(String sessionId, LogDetails details, Viewer viewer) {
        Session session = session(sessionId);
        if (!viewer.is(Role.COACH) || !viewer.personId().equals(session.coachId())) {
            throw new AccessDeniedException("only the session's own coach writes its log");
        }
        Instant now = clock.instant();
        LogRules.requireWritable(session, now);
        checkLog(session, details);
        if (details.expectedVersion() != null && !details.expectedVersion().equals(session.version())) {
            throw new OptimisticLockingFailureException("session " + sessionId + " changed since it was read");
        }
        Session.Change change = session.record(log(session.log(), details, now), coachAuthor(viewer), details.actions().size(), now);
        // Actions first: each is stored with its own event under an id derived from its content, so if
        // anything fails before the log is saved, sending the log again adds no action twice.
        assignActions(session, details);
        Session logged = outbox.update(change.session(), change.event());
        logDrafts.discard(logged.id()); // the log is saved: its draft has done its work
        return new LoggedSession(logged, actions.ofSession(session.id()));
    }

    /**
     * A session that already took place, recorded as held with its log in one request by its own coach: scheduled
     * under every scheduling rule (references, cohort dates, clashes) with a start in the past, stored with its log in
     * one write that publishes SessionScheduled and SessionLogged. Its log stays correctable for the usual 14 days
     * counted from now (not from its start). A refused request stores nothing.
     */
    public LoggedSession recordHeld(SessionDetails schedule, LogDetails details, Viewer viewer) {
        if (!viewer.is(Role.COACH) || !viewer.personId().equals(schedule.coachId())) {
            throw new AccessDeniedException("only the session's own coach records it as held, with its log");
        }
        Instant now = clock.instant();
        Session draft = scheduling.draftHeld(schedule, now.plus(LogRules.EDIT_WINDOW), viewer);
        try {
            checkLog(draft, details);
        } catch (InvalidFieldsException invalid) {
            // the log is the request's "log" member: name its fields as sent
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach((field, message) -> errors.put("log." + field, message));
            throw new InvalidFieldsException(errors);
        }
        Session.Change change = draft.record(log(null, details, now), coachAuthor(viewer), details.actions().size(), now);
        Session held = scheduling.insertHeld(change, () -> assignActions(draft, details));
        return new LoggedSession(held, actions.ofSession(held.id()));
    }

    /**
     * Reopens the locked log (or the locked, still unwritten log) of a session for {@code reopen-for} from now, with
     * the reason: programme managers only. Refused (409) while the coach can still write it, before the session has
     * started, and for a cancelled session or one that did not happen.
     */
    public Session reopen(String sessionId, String reason, Viewer viewer) {
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            throw new AccessDeniedException("only a programme manager reopens a locked log");
        }
        Session session = session(sessionId);
        Instant now = clock.instant();
        Session reopened = session.reopenLog(reason.trim(), now.plus(reopenFor),
                new LogEntry.Author(viewer.personId(), Role.PROGRAMME_MANAGER), now);
        LogRules.requireReopenable(session, now);
        return outbox.update(reopened);
    }

    /**
     * The log's audit trail, oldest first: programme managers and the session's own coach (another coach of the
     * collaborative reads the log but not who changed it when). Empty until the log is first written or reopened.
     */
    public Session history(String sessionId, Viewer viewer) {
        Session session = session(sessionId);
        boolean allowed = viewer.is(Role.PROGRAMME_MANAGER) || viewer.is(Role.COACH) && viewer.personId().equals(session.coachId());
        if (!allowed) {
            throw new AccessDeniedException("a log's history is for programme managers and the session's coach");
        }
        return session;
    }

    private void checkLog(Session session, LogDetails details) {
        Map<String, String> errors = new LinkedHashMap<>(LogRules.attendeeProblems(details.attendeeIds(), session.inviteeIds()));
        errors.putAll(LogRules.equityPauseProblems(details.equityPauseHeld(), details.equityPauseSurfaced()));
        Set<String> possibleOwners = possibleOwners(session, details);
        for (int i = 0; i < details.actions().size(); i++) {
            LogDetails.NewAction action = details.actions().get(i);
            errors.putAll(LogRules.ownerProblems(i, action.ownerId(), action.ownerName(), possibleOwners));
            errors.putAll(uk.nhs.cohortcoach.coachingservice.action.DueDateRules.problems("actions[" + i + "].dueDate", action.dueDate(), actions.today()));
        }
        LogRules.check(errors);
    }

    private static SessionLog log(SessionLog previous, LogDetails details, Instant now) {
        String surfaced = details.equityPauseHeld() ? details.equityPauseSurfaced().trim() : null;
        return new SessionLog(details.attendeeIds(), details.guests().stream().map(String::trim).toList(),
                details.notes(), details.themes(), new EquityPause(details.equityPauseHeld(), surfaced),
                previous == null ? now : previous.loggedAt(), now);
    }

    private void assignActions(Session session, LogDetails details) {
        for (LogDetails.NewAction action : details.actions()) {
            String ownerName = action.ownerName() != null && !action.ownerName().isBlank() ? action.ownerName().trim()
                    : readModel.person(action.ownerId()).map(PersonView::name).orElse(null);
            String ownerId = action.ownerId() == null || action.ownerId().isBlank() ? null : action.ownerId();
            actions.assign(session.id(), session.cohortId(), session.collaborativeId(), action.description().trim(),
                    ownerId, ownerName, action.dueDate());
        }
    }

    private static LogEntry.Author coachAuthor(Viewer viewer) {
        return new LogEntry.Author(viewer.personId(), Role.COACH);
    }

    /** The log, for the session's coach, programme managers and the collaborative's coaches. */
    public LoggedSession read(String sessionId, Viewer viewer) {
        Session session = session(sessionId);
        boolean allowed = viewer.is(Role.PROGRAMME_MANAGER) || viewer.personId().equals(session.coachId())
                || viewer.is(Role.COACH) && access.coaches(viewer.personId(), session.collaborativeId());
        if (!allowed) {
            throw new AccessDeniedException("session logs are for the coach, the collaborative's coaches and programme managers");
        }
        if (session.log() == null) {
            throw new NotFoundException("the log of session " + sessionId);
        }
        return new LoggedSession(session, actions.ofSession(session.id()));
    }

    /**
     * Which of the owners the actions name by id may own an action: the session's coach and current
     * members of the collaborative's team. Someone who joined the team a moment ago may not have
     * reached the read model yet, so an unknown owner is looked up again for a few seconds.
     */
    private Set<String> possibleOwners(Session session, LogDetails details) {
        Set<String> named = details.actions().stream().map(LogDetails.NewAction::ownerId)
                .filter(id -> id != null && !id.isBlank()).collect(Collectors.toSet());
        return lag.await(() -> named.stream()
                        .filter(id -> id.equals(session.coachId()) || readModel.inTeam(id, session.collaborativeId()))
                        .collect(Collectors.toSet()),
                found -> found.containsAll(named));
    }

    private Session session(String id) {
        return sessions.findById(id).filter(session -> !session.deleted()).orElseThrow(() -> new NotFoundException("session", id));
    }
}
