package uk.nhs.cohortcoach.coachingservice.session;

/** A session is scheduled until it is cancelled; a scheduled session with a log has been delivered. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
