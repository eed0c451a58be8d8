package uk.nhs.cohortcoach.surveyservice.wave.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.nhs.cohortcoach.surveyservice.wave.WaveDetails;

/** A wave as a programme manager opens it: label {@code baseline}, {@code midpoint}, {@code end} or up to 50 characters of their own. */
record WaveRequest(
        @NotBlank @Size(max = 100) String cohortId,
        @NotBlank @Size(max = 50) String label,
        @NotBlank @Size(max = 100) String frameworkId,
        @NotNull @Min(1) Integer frameworkNumber,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt) {

    WaveDetails details() {
        return new WaveDetails(cohortId.trim(), label.trim(), frameworkId.trim(), frameworkNumber, opensAt, closesAt);
    }
}
