package uk.nhs.cohortcoach.web.api;

import java.util.List;

/** One page of cohorts, as the platform's paged responses are shaped. */
public record CohortPage(List<Cohort> items, int page, int size, long totalItems, int totalPages) {
}
