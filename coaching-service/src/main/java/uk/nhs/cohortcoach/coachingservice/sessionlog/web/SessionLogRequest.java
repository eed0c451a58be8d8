package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.coachingservice.sessionlog.LogDetails;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/**
 * A session log as the coach sends it. The equity pause is a deliberate answer: whether one was held is
 * required, with no default. {@code actions} are the new actions agreed (existing ones
 * are completed through {@code /api/actions}); {@code version}, when sent, is the session version
 * read (a stale one gets 409).
 */
record SessionLogRequest(
        @Size(max = 500) List<@NotBlank String> attendeeIds,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> guests,
        @FreeText @Size(max = 10_000) String notes,
        Set<@NotNull MaturityComponent> themes,
        @NotNull @Valid EquityPauseRequest equityPause,
        @Size(max = 50) List<@NotNull @Valid ActionRequest> actions,
        @Min(0) Long version) {

    record EquityPauseRequest(@NotNull Boolean held,
            @FreeText @Size(max = 2_000) String surfaced) {
    }

    record ActionRequest(@NotBlank @Size(max = 500) String description, @Size(max = 100) String ownerId,
            @Size(max = 200) String ownerName, @NotNull LocalDate dueDate) {
    }

    LogDetails details() {
        return new LogDetails(attendeeIds, guests, notes, themes, equityPause.held(), equityPause.surfaced(),
                actions == null ? List.of() : actions.stream()
                        .map(a -> new LogDetails.NewAction(a.description(), a.ownerId(), a.ownerName(), a.dueDate())).toList(),
                version);
    }
}
