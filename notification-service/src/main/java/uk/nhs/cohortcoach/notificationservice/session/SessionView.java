package uk.nhs.cohortcoach.notificationservice.session;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A session as coaching-service's events last described it: what an invitation's calendar shows (its current time,
 * place and status) and who it is for. Kept from SessionScheduled, SeriesScheduled (for occurrences whose own event
 * has not arrived yet), SessionRescheduled and SessionCancelled; a description with a lower {@code sequence} than the
 * one stored never replaces it, so redelivered and late events change nothing.
 *
 * @param endsAt null only for a session known from its cancellation alone (scheduled before this view was kept)
 */
@Document("session_views")
public record SessionView(
        @Id String id,
        @Indexed String seriesId,
        String coachId,
        List<String> inviteeIds,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String location,
        String videoLink,
        int sequence,
        boolean cancelled) {

    public SessionView {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    /** Whether this description is newer than the stored one (none stored: it is). */
    boolean supersedes(SessionView stored) {
        return stored == null || sequence > stored.sequence();
    }

    /** The same session, cancelled at this sequence. */
    SessionView cancelledAt(int newSequence) {
        return new SessionView(id, seriesId, coachId, inviteeIds, title, startsAt, endsAt, timeZone, location, videoLink,
                newSequence, true);
    }
}
