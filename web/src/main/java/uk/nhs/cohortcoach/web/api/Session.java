package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A coaching session as coaching-service's {@code GET /api/sessions/{id}} answers it (only what the pages use). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(String id, String collaborativeId, String coachId, String type, String title, Instant startsAt,
        Instant endsAt, long durationMinutes, String location, String videoLink, List<String> inviteeIds, String seriesId,
        String status, String cancelReason, int sequence, Long version, boolean logged, Instant logEditableUntil,
        String notHeldReason) {

    public Session {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    public boolean scheduled() {
        return "SCHEDULED".equals(status);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean notHeld() {
        return "NOT_HELD".equals(status);
    }

    public boolean started(Instant now) {
        return startsAt != null && !startsAt.isAfter(now);
    }

    /** Whether its coach may write (or correct) its log now: started, scheduled, not yet locked. */
    public boolean logOpen(Instant now) {
        return scheduled() && started(now) && logEditableUntil != null && logEditableUntil.isAfter(now);
    }
}
