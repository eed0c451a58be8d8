package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * A reschedule: the new start (local, or with an offset), the duration (null keeps it), the place
 * (null keeps it), why, which sessions of a series, and the version the person read.
 */
public record Move(LocalDateTime start, OffsetDateTime startAt, Integer durationMinutes, String location,
        String reason, Scope scope, long version) {
}
