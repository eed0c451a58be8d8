package uk.nhs.cohortcoach.cohortservice.cohort;

import java.time.LocalDate;

/** What a programme manager sets on a cohort. */
public record CohortDetails(String name, int phase, String description, LocalDate startDate, LocalDate endDate,
        CohortStatus status) {
}
