package uk.nhs.cohortcoach.notificationservice.openevent;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registration for an open event as its events told it: whom to write to (the name and address the registrant gave
 * hub-service), its status ({@code CONFIRMED}, {@code WAITLISTED}, {@code CANCELLED}) and whether they attended. The
 * only place this service holds a registrant's address; erased at {@code expiresAt} (the event's end plus the retention).
 */
@Document("registrations")
public record Registration(
        @Id String id,
        @Indexed String openEventId,
        String name,
        String email,
        String status,
        int position,
        boolean attended,
        @Indexed(name = "registrations_expiry", expireAfter = "0s") Instant expiresAt) {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String CANCELLED = "CANCELLED";

    boolean confirmed() {
        return CONFIRMED.equals(status);
    }

    boolean cancelled() {
        return CANCELLED.equals(status);
    }
}
