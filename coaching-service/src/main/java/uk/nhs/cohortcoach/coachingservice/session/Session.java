package uk.nhs.cohortcoach.coachingservice.session;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coaching session with one collaborative, held by one coach. Times are UTC instants; the
 * time zone they were entered in (Europe/London) is kept for display, invitations and calendars.
 * {@code sequence} rises with every reschedule or cancellation (iCalendar SEQUENCE).
 */
@Document("sessions")
@CompoundIndexes({
    @CompoundIndex(name = "coach_time", def = "{'coachId': 1, 'startsAt': 1}"),
    @CompoundIndex(name = "collaborative_time", def = "{'collaborativeId': 1, 'startsAt': 1}")
})
public record Session(
        @Id String id,
        String cohortId,
        String collaborativeId,
        String coachId,
        SessionType type,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String location,
        String videoLink,
        List<String> inviteeIds,
        String seriesId,
        SessionStatus status,
        String cancelReason,
        int sequence,
        SessionLog log,
        @Version Long version) {

    public static final String LONDON = "Europe/London";

    public Session {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public boolean delivered() {
        return status == SessionStatus.SCHEDULED && log != null;
    }
}
