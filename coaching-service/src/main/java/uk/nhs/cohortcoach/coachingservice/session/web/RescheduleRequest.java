package uk.nhs.cohortcoach.coachingservice.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Move;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scope;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/**
 * {@code POST /api/sessions/{id}/reschedule}: the new start ({@code start} local or {@code startAt}),
 * optionally a new duration and place, why, which sessions (default {@code THIS}) and the version read.
 */
record RescheduleRequest(
        LocalDateTime start,
        OffsetDateTime startAt,
        Integer durationMinutes,
        @Size(max = 300) String location,
        @FreeText @NotBlank @Size(max = 500) String reason,
        Scope scope,
        @NotNull Long version) {

    Move move() {
        return new Move(start, startAt, durationMinutes, location, reason, scope == null ? Scope.THIS : scope, version);
    }
}
