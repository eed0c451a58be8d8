package uk.nhs.cohortcoach.web.api;

import java.time.LocalDate;

/** The body of {@code POST /api/cohorts}; a value may be null when the form's was blank (the API says whether it is needed). */
public record NewCohort(String name, Integer phase, String description, LocalDate startDate, LocalDate endDate) {
}
