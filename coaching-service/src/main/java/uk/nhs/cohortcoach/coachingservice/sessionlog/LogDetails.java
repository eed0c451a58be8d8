package uk.nhs.cohortcoach.coachingservice.sessionlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** A session log as its coach writes it, with the new actions agreed. */
public record LogDetails(List<String> attendeeIds, List<String> guests, String notes, Set<MaturityComponent> themes,
        boolean equityPauseHeld, String equityPauseSurfaced, List<NewAction> actions, Long expectedVersion) {

    public LogDetails {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        guests = guests == null ? List.of() : List.copyOf(guests);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * An action agreed in the session: owned by someone in the collaborative's team or the session's coach
     * ({@code ownerId}), or by a named person ({@code ownerName}).
     */
    public record NewAction(String description, String ownerId, String ownerName, LocalDate dueDate) {
    }
}
