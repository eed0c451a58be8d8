package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionDetails;

/**
 * {@code POST /api/sessions/held}: a session that already took place, as for {@code POST /api/sessions} (its start in
 * the past), with its {@code log} as for {@code PUT /api/sessions/{id}/log} (without {@code version}).
 */
record HeldSessionRequest(
        @NotBlank @Size(max = 100) String collaborativeId,
        @NotBlank @Size(max = 100) String coachId,
        @NotNull SessionType type,
        @NotBlank @Size(max = 200) String title,
        LocalDateTime start,
        OffsetDateTime startAt,
        @NotNull Integer durationMinutes,
        @Size(max = 300) String location,
        @Size(max = 2000) @Pattern(regexp = "https://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#]\\S*)?") String videoLink,
        @Size(max = 200) List<String> inviteeIds,
        @NotNull @Valid SessionLogRequest log) {

    SessionDetails details() {
        return new SessionDetails(collaborativeId, coachId, type, title, start, startAt, durationMinutes, location,
                videoLink, inviteeIds);
    }
}
