package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.coachingservice.action.web.ActionResponse;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.sessionlog.LogRules;
import uk.nhs.cohortcoach.coachingservice.sessionlog.SessionLogs;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** A session's log as the API shows it, with every action agreed in the session and when the log locks. */
record SessionLogResponse(String sessionId, String collaborativeId, String coachId, Instant startsAt, Instant editableUntil,
        boolean locked, List<String> attendeeIds, List<String> guests, String notes, Set<MaturityComponent> themes,
        EquityPause equityPause, List<ActionResponse> actions, Instant loggedAt, Instant updatedAt, long version) {

    record EquityPause(boolean held, String surfaced) {
    }

    static SessionLogResponse of(SessionLogs.LoggedSession logged, Instant now, LocalDate today) {
        Session session = logged.session();
        SessionLog log = session.log();
        return new SessionLogResponse(session.id(), session.collaborativeId(), session.coachId(), session.startsAt(),
                LogRules.editableUntil(session), LogRules.locked(session, now), log.attendeeIds(), log.guests(), log.notes(),
                log.themes(), log.equityPause() == null ? new EquityPause(false, null)
                        : new EquityPause(log.equityPause().held(), log.equityPause().surfaced()),
                logged.actions().stream().map(a -> ActionResponse.of(a, today)).toList(), log.loggedAt(), log.updatedAt(),
                session.version() == null ? 0 : session.version());
    }
}
