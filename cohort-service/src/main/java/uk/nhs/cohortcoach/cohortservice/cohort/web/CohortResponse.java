package uk.nhs.cohortcoach.cohortservice.cohort.web;

import java.time.LocalDate;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortStatus;

/** A cohort as the API shows it; send {@code version} back when updating. */
record CohortResponse(String id, String name, int phase, String description, LocalDate startDate, LocalDate endDate,
        CohortStatus status, long version) {

    static CohortResponse of(Cohort cohort) {
        return new CohortResponse(cohort.id(), cohort.name(), cohort.phase(), cohort.description(), cohort.startDate(),
                cohort.endDate(), cohort.status(), cohort.version());
    }
}
