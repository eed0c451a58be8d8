package uk.nhs.cohortcoach.coachingservice.session.web;

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
 * {@code POST /api/sessions}. Give {@code start} as a local date-time in Europe/London
 * ({@code 2026-05-05T10:00}) or {@code startAt} with an offset ({@code 2026-05-05T09:00:00Z}).
 */
record ScheduleRequest(
        @NotBlank @Size(max = 100) String collaborativeId,
        @NotBlank @Size(max = 100) String coachId,
        @NotNull SessionType type,
        @NotBlank @Size(max = 200) String title,
        LocalDateTime start,
        OffsetDateTime startAt,
        @NotNull Integer durationMinutes,
        @Size(max = 300) String location,
        @Size(max = 2000) @Pattern(regexp = SessionWeb.HTTPS_URL) String videoLink,
        @Size(max = 200) List<String> inviteeIds) {

    SessionDetails details() {
        return new SessionDetails(collaborativeId, coachId, type, title, start, startAt, durationMinutes, location,
                videoLink, inviteeIds);
    }
}
