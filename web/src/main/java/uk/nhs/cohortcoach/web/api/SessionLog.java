package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A session's log as {@code GET /api/sessions/{id}/log} answers it, with the actions agreed in it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionLog(String sessionId, Instant editableUntil, boolean locked, List<String> attendeeIds,
        List<String> guests, String notes, List<String> themes, EquityPause equityPause, List<Action> actions,
        Instant loggedAt, Instant updatedAt, long version) {

    public SessionLog {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        guests = guests == null ? List.of() : List.copyOf(guests);
        themes = themes == null ? List.of() : List.copyOf(themes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EquityPause(boolean held, String surfaced) {
    }

    /** An action agreed in the session, as the log lists it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String id, String description, String ownerId, String ownerName, LocalDate dueDate,
            String status, LocalDate completedOn, boolean overdue) {
    }
}
