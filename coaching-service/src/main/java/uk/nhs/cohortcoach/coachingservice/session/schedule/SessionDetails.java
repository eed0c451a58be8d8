package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;

/** What a person asks for when scheduling a session (or the first of a series). */
public record SessionDetails(String collaborativeId, String coachId, SessionType type, String title,
        LocalDateTime start, OffsetDateTime startAt, Integer durationMinutes, String location, String videoLink,
        List<String> inviteeIds) {

    public SessionDetails {
        inviteeIds = inviteeIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(inviteeIds));
    }
}
