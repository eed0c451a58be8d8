package uk.nhs.cohortcoach.coachingservice.logdraft;

import java.time.Duration;
import java.time.Instant;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.sessionlog.LogRules;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * The rules a log draft obeys, free of Spring and storage: only the session's own coach keeps one (the same rule as
 * writing the log); it is kept while the log could be written — started, not cancelled, not marked as did not happen,
 * not yet logged, not locked (a draft of a log that cannot be saved would only mislead); it lasts {@link #KEEP_FOR}
 * after its last save.
 */
public final class LogDraftRules {

    /** How long a draft is kept after it was last saved. */
    public static final Duration KEEP_FOR = Duration.ofDays(30);

    private LogDraftRules() {
    }

    /** Whether this person may keep, read and discard the session's draft: its own coach only. */
    public static boolean mayKeep(Session session, String personId, boolean isCoach) {
        return isCoach && personId != null && personId.equals(session.coachId());
    }

    /** Refuses (409) a draft for a session whose log cannot be written now, or which has been logged already. */
    public static void requireDraftable(Session session, Instant now) {
        if (session.log() != null) {
            throw new ConflictException("The session has been logged; there is no draft to keep.", "session-logged");
        }
        LogRules.requireWritable(session, now);
    }

    public static Instant expiresAt(Instant savedAt) {
        return savedAt.plus(KEEP_FOR);
    }
}
