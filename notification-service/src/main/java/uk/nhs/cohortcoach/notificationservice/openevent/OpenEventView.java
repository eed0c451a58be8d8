package uk.nhs.cohortcoach.notificationservice.openevent;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An open event as hub-service last described it: what its registrants' email say and link to. Replaced only by a
 * description with a higher {@code sequence} (OpenEventScheduled is 0). Erased at {@code expiresAt} (the end plus the
 * retention) by the TTL index, and by {@link RegistrationRetention} where the database does not act on it.
 *
 * @param joiningLink given to confirmed registrants only
 */
@Document("open_events")
public record OpenEventView(
        @Id String id,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String joiningLink,
        int sequence,
        boolean cancelled,
        @Indexed(name = "open_events_expiry", expireAfter = "0s") Instant expiresAt) {

    /** Whether this description should replace the stored one. */
    boolean supersedes(OpenEventView stored) {
        return stored == null || sequence > stored.sequence() || (cancelled && !stored.cancelled());
    }

    /** Whether the times differ from the other description's. */
    boolean movedFrom(OpenEventView previous) {
        return previous != null && (!java.util.Objects.equals(startsAt, previous.startsAt())
                || !java.util.Objects.equals(endsAt, previous.endsAt()));
    }
}
