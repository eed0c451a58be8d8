package uk.nhs.cohortcoach.coachingservice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;

/** Sessions for tests, made directly (scheduling is another piece of work). */
public final class TestData {

    private TestData() {
    }

    /** A scheduled, unlogged, 90-minute session starting at {@code startsAt}. */
    public static Session session(String cohortId, String collaborativeId, String coachId, Instant startsAt,
            List<String> inviteeIds) {
        return session(cohortId, collaborativeId, coachId, startsAt, Duration.ofMinutes(90), inviteeIds, SessionStatus.SCHEDULED,
                null);
    }

    public static Session session(String cohortId, String collaborativeId, String coachId, Instant startsAt, Duration length,
            List<String> inviteeIds, SessionStatus status, SessionLog log) {
        return new Session(UUID.randomUUID().toString(), cohortId, collaborativeId, coachId, SessionType.TEAM_COACHING,
                "Team coaching", startsAt, startsAt.plus(length), Session.LONDON, "Online", null, inviteeIds, null, status,
                status == SessionStatus.CANCELLED ? "Clash" : null, 0, log, null, null, null, List.of());
    }
}
