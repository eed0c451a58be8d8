package uk.nhs.cohortcoach.coachingservice.logdraft.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.nhs.cohortcoach.coachingservice.logdraft.LogDraft;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/**
 * A log draft as the log form holds it, unvalidated beyond its sizes (the log's own limits, so a draft can always
 * become a log's form again): nothing is required, a half-typed date is kept as typed.
 */
record LogDraftRequest(
        @Size(max = 3) String equityPauseHeld,
        @FreeText @Size(max = 2_000) String equityPauseSurfaced,
        @Size(max = 500) List<@NotNull @Size(max = 100) String> attendeeIds,
        @FreeText @Size(max = 10_000) String guests,
        @FreeText @Size(max = 10_000) String notes,
        @Size(max = 20) List<@NotNull @Size(max = 100) String> themes,
        @Size(max = 50) List<@NotNull @Valid DraftAction> actions) {

    record DraftAction(@Size(max = 500) String description, @Size(max = 100) String ownerId, @Size(max = 200) String ownerName,
            @Size(max = 10) String dueDay, @Size(max = 10) String dueMonth, @Size(max = 10) String dueYear) {
    }

    LogDraft.Content content() {
        return new LogDraft.Content(equityPauseHeld, equityPauseSurfaced, attendeeIds, guests, notes, themes,
                actions == null ? List.of() : actions.stream().map(a -> new LogDraft.Action(a.description(), a.ownerId(),
                        a.ownerName(), a.dueDay(), a.dueMonth(), a.dueYear())).toList());
    }
}
