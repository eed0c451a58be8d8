package uk.nhs.cohortcoach.coachingservice.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scope;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/** {@code POST /api/sessions/{id}/cancel}: why, which sessions (default {@code THIS}) and the version read. */
record CancelRequest(@FreeText @NotBlank @Size(max = 500) String reason, Scope scope, @NotNull Long version) {

    Scope effectiveScope() {
        return scope == null ? Scope.THIS : scope;
    }
}
