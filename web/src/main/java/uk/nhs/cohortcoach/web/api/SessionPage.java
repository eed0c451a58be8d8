package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of sessions ({@code GET /api/sessions}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionPage(List<Session> items, int page, int size, long totalItems, int totalPages) {

    public SessionPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
