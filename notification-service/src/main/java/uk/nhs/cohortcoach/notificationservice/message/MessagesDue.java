package uk.nhs.cohortcoach.notificationservice.message;

/**
 * Published (in process) when messages became due now: stored due at once, released from waiting, or retried by a
 * manager. The dispatcher wakes on it rather than waiting for its next poll; the poll stays for messages due later and
 * for retries after a back-off.
 *
 * @param count how many messages became due (at least one)
 */
public record MessagesDue(int count) {
}
