package uk.nhs.cohortcoach.web.api;

import java.time.Instant;
import java.util.List;

/**
 * A survey wave as survey-service's {@code GET /api/waves} shows it: its status ({@code SCHEDULED}, {@code OPEN},
 * {@code CLOSED}, {@code CANCELLED}), its automatic reminders and its counts (responses only when the wave's
 * results show the cohort's total, otherwise {@code suppressed} with the {@code note} saying why).
 */
public record Wave(String id, String cohortId, String label, String frameworkId, int frameworkNumber, Instant opensAt,
        Instant closesAt, String status, Instant closedAt, String closedBy, List<Reminder> reminders, Counts counts) {

    public Wave {
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
    }

    /** One automatic reminder: {@code state} {@code DUE}, {@code SENT} or {@code SKIPPED}. */
    public record Reminder(Instant dueAt, String state) {
    }

    /** Invited (never hidden) and submitted ({@code null} when hidden, with the {@code note}). */
    public record Counts(long invited, Long submitted, boolean suppressed, String note) {
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean scheduled() {
        return "SCHEDULED".equals(status);
    }

    public boolean closed() {
        return "CLOSED".equals(status);
    }

    /** When it closed, or closes. */
    public Instant ends() {
        return closedAt != null && closedAt.isBefore(closesAt) ? closedAt : closesAt;
    }
}
