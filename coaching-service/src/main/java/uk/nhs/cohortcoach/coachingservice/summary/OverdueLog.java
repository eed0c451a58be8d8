package uk.nhs.cohortcoach.coachingservice.summary;

import java.time.Instant;

/** A session that started, was neither logged nor marked as did not happen, and whose log has locked. */
public record OverdueLog(String sessionId, String title, Instant startsAt, Instant lockedAt) {
}
