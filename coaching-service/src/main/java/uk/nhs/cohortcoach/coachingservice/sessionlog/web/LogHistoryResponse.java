package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.coachingservice.session.LogEntry;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.events.Role;

/** {@code GET /api/sessions/{id}/log/history}: the log's audit trail, oldest first. */
record LogHistoryResponse(String sessionId, List<Entry> entries) {

    /** One write or reopening: who (person id and role), when, what, which fields; the reason and period of a reopening. */
    record Entry(Instant at, String byPersonId, Role byRole, LogEntry.Kind kind, List<String> fields, String reason,
            Instant openUntil) {
    }

    static LogHistoryResponse of(Session session) {
        return new LogHistoryResponse(session.id(), session.logHistory().stream()
                .map(e -> new Entry(e.at(), e.byPersonId(), e.byRole(), e.kind(), e.fields(), e.reason(), e.openUntil()))
                .toList());
    }
}
