package uk.nhs.cohortcoach.web.api;

import java.time.LocalDate;

/** The body of {@code POST /api/cohorts}; dates may be null when the form's were missing or not real dates. */
public record NewCohort(String name, Integer phase, String description, LocalDate startDate, LocalDate endDate) {
}
