package uk.nhs.cohortcoach.coachingservice.action.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Completing an action: on which day (today in Europe/London when left out) and the version read. */
record CompleteRequest(LocalDate completedOn, @NotNull @Min(0) Long version) {
}
