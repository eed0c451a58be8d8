package uk.nhs.cohortcoach.coachingservice.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/** {@code POST /api/sessions/{id}/not-held}: why the session did not happen, and the version read. */
record NotHeldRequest(@FreeText @NotBlank @Size(max = 500) String reason, @NotNull Long version) {
}
