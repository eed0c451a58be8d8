package uk.nhs.cohortcoach.web.api;

import java.time.LocalDateTime;
import java.util.List;

/** The body of {@code POST /api/sessions/held}: a session that already took place, with its log. */
public record HeldSession(String collaborativeId, String coachId, String type, String title, LocalDateTime start,
        Integer durationMinutes, String location, List<String> inviteeIds, NewSessionLog log) {
}
