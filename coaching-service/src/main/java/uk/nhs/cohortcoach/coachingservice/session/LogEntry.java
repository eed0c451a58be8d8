package uk.nhs.cohortcoach.coachingservice.session;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * One line of a session log's audit trail, kept on the session in the same write as the change it records, so the
 * trail cannot drift from the log: who (person id and the role they acted in), when, what they did, and which
 * fields of the log changed (names only, never a copy of the notes).
 *
 * @param fields    for a write, the log fields it set or changed ({@code attendeeIds}, {@code guests}, {@code notes},
 *                  {@code themes}, {@code equityPause}, and {@code actions} when it added actions); empty for a reopening
 * @param reason    why a programme manager reopened the log; null for a write
 * @param openUntil until when a reopened log may be corrected; null for a write
 */
public record LogEntry(Instant at, String byPersonId, Role byRole, Kind kind, List<String> fields, String reason,
        Instant openUntil) {

    /** What happened to the log. */
    public enum Kind {
        /** The first write of the log. */
        WRITTEN,
        /** A later write by the coach. */
        CORRECTED,
        /** A programme manager reopened the locked log for correction. */
        REOPENED
    }

    public LogEntry {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Who acts on a log: a person, in one role. */
    public record Author(String personId, Role role) {
    }
}
