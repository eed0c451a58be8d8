package uk.nhs.cohortcoach.web.sessions;

/**
 * A session of the coach's that took place (its start has passed) and has no log yet, with when its log locks.
 * {@code logHref} is null once it is locked. Public: the template reads it.
 */
public record NeedsLog(SessionRow session, LogLock lock, String logHref) {
}
