package uk.nhs.cohortcoach.coachingservice.logdraft;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The draft of one session's log, as its coach typed it into the log form: every value a string or a list of
 * strings, unvalidated (a half-typed date is kept as typed), each within a size limit. One per session (its id is the
 * session's id); the last save wins. {@code expiresAt} is {@link LogDraftRules#KEEP_FOR} after {@code savedAt}: MongoDB
 * removes it then (TTL index) and reads refuse it from that moment.
 *
 * @param id      the session's id
 * @param coachId the session's coach, who wrote it (for subject access and erasure)
 */
@Document("log_drafts")
public record LogDraft(
        @Id String id,
        @Indexed String coachId,
        Content content,
        Instant savedAt,
        @Indexed(expireAfter = "0s") Instant expiresAt) {

    /** The log form's fields as typed. {@code equityPauseHeld} is {@code yes}, {@code no} or blank (not answered yet). */
    public record Content(String equityPauseHeld, String equityPauseSurfaced, List<String> attendeeIds, String guests,
            String notes, List<String> themes, List<Action> actions) {

        public Content {
            equityPauseHeld = equityPauseHeld == null ? "" : equityPauseHeld;
            equityPauseSurfaced = equityPauseSurfaced == null ? "" : equityPauseSurfaced;
            attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
            guests = guests == null ? "" : guests;
            notes = notes == null ? "" : notes;
            themes = themes == null ? List.of() : List.copyOf(themes);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /** One action row as typed; the due date as its three boxes. */
    public record Action(String description, String ownerId, String ownerName, String dueDay, String dueMonth, String dueYear) {
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
