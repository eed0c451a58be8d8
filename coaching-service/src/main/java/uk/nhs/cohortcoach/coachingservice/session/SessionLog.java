package uk.nhs.cohortcoach.coachingservice.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * What happened in a session, written by its coach once it has started; editable for 14 days after
 * the start (or longer: see {@link Session#logOpenUntil()}), then locked. Actions agreed are separate aggregates
 * ({@code action} package).
 *
 * @param attendeeIds invitees (person ids) who attended
 * @param guests      named guests who were not invitees
 */
public record SessionLog(List<String> attendeeIds, List<String> guests, String notes, Set<MaturityComponent> themes,
        EquityPause equityPause, Instant loggedAt, Instant updatedAt) {

    public SessionLog {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        guests = guests == null ? List.of() : List.copyOf(guests);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    /**
     * The names of the fields this log sets differently from {@code previous} (every field it sets, for a first
     * write), in a fixed order: what a log's audit trail records, never the values.
     */
    public List<String> changedFrom(SessionLog previous) {
        List<String> changed = new ArrayList<>();
        if (previous == null ? !attendeeIds.isEmpty() : !attendeeIds.equals(previous.attendeeIds)) {
            changed.add("attendeeIds");
        }
        if (previous == null ? !guests.isEmpty() : !guests.equals(previous.guests)) {
            changed.add("guests");
        }
        if (previous == null ? notes != null && !notes.isEmpty() : !Objects.equals(notes, previous.notes)) {
            changed.add("notes");
        }
        if (previous == null ? !themes.isEmpty() : !themes.equals(previous.themes)) {
            changed.add("themes");
        }
        if (previous == null || !Objects.equals(equityPause, previous.equityPause)) {
            changed.add("equityPause");
        }
        return changed;
    }
}
