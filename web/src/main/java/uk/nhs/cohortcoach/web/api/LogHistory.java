package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/sessions/{id}/log/history}: every write and reopening of a log, oldest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogHistory(String sessionId, List<Entry> entries) {

    public LogHistory {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** {@code kind}: WRITTEN, CORRECTED or REOPENED; {@code fields} names what a write set, never the values. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(Instant at, String byPersonId, String byRole, String kind, List<String> fields, String reason,
            Instant openUntil) {

        public Entry {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }
}
