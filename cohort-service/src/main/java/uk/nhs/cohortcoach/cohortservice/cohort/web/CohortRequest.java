package uk.nhs.cohortcoach.cohortservice.cohort.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortDetails;
import uk.nhs.cohortcoach.cohortservice.cohort.CohortStatus;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/**
 * A cohort as a programme manager sends it. {@code version} is required on update (the one read;
 * a stale one gets 409) and ignored on create.
 */
record CohortRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(20) Integer phase,
        @FreeText @Size(max = 4000) String description,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        CohortStatus status,
        @Min(0) Long version) {

    CohortDetails details() {
        return new CohortDetails(name.trim(), phase, description, startDate, endDate, status);
    }
}
