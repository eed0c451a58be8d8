package uk.nhs.cohortcoach.notificationservice.openevent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import uk.nhs.cohortcoach.platform.events.RegistrationTokens;

/**
 * The links of open-event and knowledge-hub email, made when an email is sent and never stored: a registrant's
 * personal cancel and feedback links ({@link RegistrationTokens}, an HMAC of the registration id under the secret
 * hub-service was given), and the public pages of an event, its calendar file and a resource.
 *
 * @param publicAddress the gateway's public address, as survey links use it ({@code SURVEY_LINK_BASE_URL}): only its
 *                      scheme, host and port are used
 * @param secret        the secret shared with hub-service ({@code REGISTRATION_LINK_SECRET}), at least 32 characters
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.registration-links")
public record RegistrantLinks(
        @NotBlank(message = "must be set: cohort-coach.notifications.registration-links.public-address, environment variable "
                + "SURVEY_LINK_BASE_URL (the gateway's public address, e.g. https://<gateway host>/respond/)")
        String publicAddress,
        @NotBlank(message = "must be set: cohort-coach.notifications.registration-links.secret, environment variable "
                + "REGISTRATION_LINK_SECRET (the same value as hub-service's)")
        @Size(min = 32, message = "must be at least 32 characters (REGISTRATION_LINK_SECRET)") String secret) {

    /** {@code <origin>/events/registrations/<cancel token>}: the registrant's page to cancel their registration. */
    public String cancelLink(String registrationId) {
        return origin() + "/events/registrations/" + RegistrationTokens.cancelToken(key(), registrationId);
    }

    /** {@code <origin>/events/feedback/<feedback token>}: the attendee's single-use feedback page. */
    public String feedbackLink(String registrationId) {
        return origin() + "/events/feedback/" + RegistrationTokens.feedbackToken(key(), registrationId);
    }

    /** The event's calendar file, the same for everyone. */
    public String calendarLink(String openEventId) {
        return origin() + "/api/open-events/" + openEventId + "/calendar.ics";
    }

    /** The event's public page. */
    public String eventLink(String openEventId) {
        return origin() + "/events/" + openEventId;
    }

    /** A resource's page in the knowledge hub. */
    public String resourceLink(String resourceId) {
        return origin() + "/hub/resources/" + resourceId;
    }

    private byte[] key() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private String origin() {
        URI address = URI.create(publicAddress.trim());
        return address.getScheme() + "://" + address.getRawAuthority();
    }
}
