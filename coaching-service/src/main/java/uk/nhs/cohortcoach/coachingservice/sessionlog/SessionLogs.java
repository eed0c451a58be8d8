package uk.nhs.cohortcoach.coachingservice.sessionlog;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionAccess;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModelLag;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionRepository;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Writing and reading session logs. Only the session's own coach writes its log (programme managers
 * read every log but do not write: the log is the coach's record of their session). Every write,
 * the first and each edit, stores each new action as its own aggregate with its ActionAssigned event
 * (idempotently, by an id derived from its content), then saves the session with a SessionLogged
 * event in one write.
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

    SessionLogs(SessionRepository sessions, Actions actions, ActionAccess access, ReadModel readModel, ReadModelLag lag,
            Outbox outbox, Clock clock) {
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
        Map<String, String> errors = new LinkedHashMap<>(LogRules.attendeeProblems(details.attendeeIds(), session.inviteeIds()));
        errors.putAll(LogRules.equityPauseProblems(details.equityPauseHeld(), details.equityPauseSurfaced()));
        Set<String> possibleOwners = possibleOwners(session, details);
        for (int i = 0; i < details.actions().size(); i++) {
            LogDetails.NewAction action = details.actions().get(i);
            errors.putAll(LogRules.ownerProblems(i, action.ownerId(), action.ownerName(), possibleOwners));
            errors.putAll(uk.nhs.cohortcoach.coachingservice.action.DueDateRules.problems("actions[" + i + "].dueDate", action.dueDate(), actions.today()));
        }
        LogRules.check(errors);
        if (details.expectedVersion() != null && !details.expectedVersion().equals(session.version())) {
            throw new OptimisticLockingFailureException("session " + sessionId + " changed since it was read");
        }
        SessionLog previous = session.log();
        String surfaced = details.equityPauseHeld() ? details.equityPauseSurfaced().trim() : null;
        SessionLog log = new SessionLog(details.attendeeIds(), details.guests().stream().map(String::trim).toList(),
                details.notes(), details.themes(), new EquityPause(details.equityPauseHeld(), surfaced),
                previous == null ? now : previous.loggedAt(), now);
        // Actions first: each is stored with its own event under an id derived from its content, so if
        // anything fails before the log is saved, sending the log again adds no action twice.
        for (LogDetails.NewAction action : details.actions()) {
            String ownerName = action.ownerName() != null && !action.ownerName().isBlank() ? action.ownerName().trim()
                    : readModel.person(action.ownerId()).map(PersonView::name).orElse(null);
            String ownerId = action.ownerId() == null || action.ownerId().isBlank() ? null : action.ownerId();
            actions.assign(session.id(), session.cohortId(), session.collaborativeId(), action.description().trim(),
                    ownerId, ownerName, action.dueDate());
        }
        Session.Change change = session.record(log, now);
        Session logged = outbox.update(change.session(), change.event());
        return new LoggedSession(logged, actions.ofSession(session.id()));
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
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("session", id));
    }
}
