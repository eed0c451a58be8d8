package uk.nhs.cohortcoach.web.api;

import java.util.List;

/** One page of survey waves, as the platform's paged responses are shaped. */
public record WavePage(List<Wave> items, int page, int size, long totalItems, int totalPages) {

    public WavePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
