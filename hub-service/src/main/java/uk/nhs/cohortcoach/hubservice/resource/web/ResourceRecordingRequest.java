package uk.nhs.cohortcoach.hubservice.resource.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nhs.cohortcoach.hubservice.resource.Recording;

/** The video of an event recording: an {@code https} link and its length in whole minutes (1 to 1,440). */
record ResourceRecordingRequest(@NotBlank @Size(max = 2000) String videoLink, @NotNull @Min(1) @Max(1440) Integer durationMinutes) {

    Recording recording() {
        return new Recording(videoLink.strip(), durationMinutes);
    }
}
