package uk.nhs.cohortcoach.hubservice.registration;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a link leads: {@code _id} is the hash of the link's token (the token itself is never stored), the open event
 * and the registration. Written before the registration itself; a link whose registration was never stored leads
 * nowhere (404).
 */
@Document("registration_links")
public record RegistrationLink(@Id String hash, Purpose purpose, String openEventId, String registrationId) {

    /** What the link is for. */
    public enum Purpose {
        CANCEL,
        FEEDBACK
    }
}
