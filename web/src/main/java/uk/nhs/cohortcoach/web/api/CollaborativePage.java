package uk.nhs.cohortcoach.web.api;

import java.util.List;

/** One page of collaboratives, as the platform's paged responses are shaped. */
public record CollaborativePage(List<Collaborative> items, int page, int size, long totalItems, int totalPages) {

    public CollaborativePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
