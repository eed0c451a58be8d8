package uk.nhs.cohortcoach.web.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code PUT /api/sessions/{id}/log} (and the {@code log} of {@code POST /api/sessions/held});
 * {@code equityPause.held} is null when the coach answered nothing (the API says it is needed).
 */
public record NewSessionLog(List<String> attendeeIds, List<String> guests, String notes, List<String> themes,
        EquityPause equityPause, List<NewAction> actions, Long version) {

    public record EquityPause(Boolean held, String surfaced) {
    }

    public record NewAction(String description, String ownerId, String ownerName, LocalDate dueDate) {
    }
}
