package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A session log's draft as coaching-service's {@code /api/sessions/{id}/log-draft} keeps it: the log form's fields as
 * typed (nothing checked but sizes), when it was saved. The body of {@code PUT} is its {@link Content}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogDraft(String sessionId, Content content, Instant savedAt, Instant expiresAt) {

    /** The form as typed; {@code equityPauseHeld} is {@code yes}, {@code no} or blank. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String equityPauseHeld, String equityPauseSurfaced, List<String> attendeeIds, String guests,
            String notes, List<String> themes, List<Action> actions) {
    }

    /** One action row as typed; the due date as its three boxes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String description, String ownerId, String ownerName, String dueDay, String dueMonth, String dueYear) {
    }
}
