package uk.nhs.cohortcoach.coachingservice.session;

/**
 * A session is scheduled until it is cancelled, marked as did not happen, or deleted; a scheduled session with
 * a log has been held (delivered). A deleted session is kept only as a tombstone whose event leaves through its
 * outbox: no read shows it.
 */
public enum SessionStatus {
    SCHEDULED, CANCELLED, NOT_HELD, DELETED
}
