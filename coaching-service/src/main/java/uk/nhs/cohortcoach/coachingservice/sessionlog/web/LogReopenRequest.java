package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/** {@code POST /api/sessions/{id}/log/reopen}: why a programme manager reopens the locked log. */
record LogReopenRequest(@FreeText @NotBlank @Size(max = 500) String reason) {
}
