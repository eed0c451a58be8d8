package uk.nhs.cohortcoach.coachingservice.action.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * Editing an open action: a new {@code description} and/or {@code dueDate} (one left out stays as it is; a changed due
 * date must be today or later in Europe/London) and the version read.
 */
record EditRequest(@Size(max = 500) String description, LocalDate dueDate, @NotNull @Min(0) Long version) {

    /** Refuses (400) a request that changes nothing, or blanks the text. */
    void check() {
        if (description == null && dueDate == null) {
            throw InvalidFieldsException.of("description", "Enter a new description or due date, or both");
        }
        if (description != null && description.isBlank()) {
            throw InvalidFieldsException.of("description", "Enter the action");
        }
    }
}
