package uk.nhs.cohortcoach.web.api;

import java.util.List;

/** One page of the delivery log, as the platform's paged responses are shaped. */
public record NotificationPage(List<NotificationEntry> items, int page, int size, long totalItems, int totalPages) {

    public NotificationPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
