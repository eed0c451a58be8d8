package uk.nhs.cohortcoach.coachingservice.logdraft;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionRepository;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Keeping, reading and discarding a session log's draft (see {@link LogDraftRules}). A draft is never published: it
 * is the coach's unfinished typing, not a fact anyone else acts on. {@link #discard(String)} is called when the log
 * is saved and when the session is cancelled, marked as did not happen or deleted.
 */
@Service
public class LogDrafts {

    private final LogDraftRepository drafts;
    private final SessionRepository sessions;
    private final Clock clock;

    LogDrafts(LogDraftRepository drafts, SessionRepository sessions, Clock clock) {
        this.drafts = drafts;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Keeps the draft as typed (replacing the last one): the session's coach, while its log could be written. */
    public LogDraft keep(String sessionId, LogDraft.Content content, Viewer viewer) {
        Session session = ownSession(sessionId, viewer);
        Instant now = clock.instant();
        LogDraftRules.requireDraftable(session, now);
        return drafts.save(new LogDraft(session.id(), session.coachId(), content, now, LogDraftRules.expiresAt(now)));
    }

    /** The session's draft, for its coach; empty when there is none (or it expired). */
    public Optional<LogDraft> read(String sessionId, Viewer viewer) {
        Session session = ownSession(sessionId, viewer);
        Instant now = clock.instant();
        return drafts.findById(session.id()).filter(draft -> !draft.expired(now));
    }

    /** Discards the session's draft, for its coach; nothing to discard is not an error. */
    public void discard(String sessionId, Viewer viewer) {
        discard(ownSession(sessionId, viewer).id());
    }

    /** Discards the session's draft (the log was saved, or the session will never be logged). */
    public void discard(String sessionId) {
        drafts.deleteById(sessionId);
    }

    public void discardAll(Collection<Session> sessions) {
        sessions.forEach(session -> discard(session.id()));
    }

    private Session ownSession(String sessionId, Viewer viewer) {
        Session session = sessions.findById(sessionId).filter(s -> !s.deleted())
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        if (!LogDraftRules.mayKeep(session, viewer.personId(), viewer.is(Role.COACH))) {
            throw new AccessDeniedException("only the session's own coach keeps a draft of its log");
        }
        return session;
    }
}
