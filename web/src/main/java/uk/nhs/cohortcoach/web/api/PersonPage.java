package uk.nhs.cohortcoach.web.api;

import java.util.List;

/** One page of people, as the platform's paged responses are shaped. */
public record PersonPage(List<Person> items, int page, int size, long totalItems, int totalPages) {

    public PersonPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
