package uk.nhs.cohortcoach.coachingservice.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Frequency;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Recurrence;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionDetails;

/** {@code POST /api/sessions/series}: a session as for {@code POST /api/sessions}, repeated {@code count} times or until a date. */
record SeriesRequest(
        @NotBlank @Size(max = 100) String collaborativeId,
        @NotBlank @Size(max = 100) String coachId,
        @NotNull SessionType type,
        @NotBlank @Size(max = 200) String title,
        LocalDateTime start,
        OffsetDateTime startAt,
        @NotNull Integer durationMinutes,
        @Size(max = 300) String location,
        @Size(max = 2000) @Pattern(regexp = SessionWeb.HTTPS_URL) String videoLink,
        @Size(max = 200) List<String> inviteeIds,
        @NotNull Frequency frequency,
        Integer count,
        LocalDate until) {

    SessionDetails details() {
        return new SessionDetails(collaborativeId, coachId, type, title, start, startAt, durationMinutes, location,
                videoLink, inviteeIds);
    }

    Recurrence recurrence() {
        return new Recurrence(frequency, count, until);
    }
}
