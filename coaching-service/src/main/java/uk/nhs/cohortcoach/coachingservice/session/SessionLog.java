package uk.nhs.cohortcoach.coachingservice.session;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * What happened in a session, written by its coach once it has started; editable for 14 days after
 * the start, then locked. Actions agreed are separate aggregates ({@code action} package).
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
}
