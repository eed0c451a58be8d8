package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import java.time.Instant;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.sessionlog.LogRules;

/** A log just reopened: until when its coach may write or correct it, and the session's version. */
record ReopenedLog(String sessionId, Instant editableUntil, boolean locked, boolean logged, long version) {

    static ReopenedLog of(Session session, Instant now) {
        return new ReopenedLog(session.id(), LogRules.editableUntil(session), LogRules.locked(session, now), session.log() != null,
                session.version() == null ? 0 : session.version());
    }
}
