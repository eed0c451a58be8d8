package uk.nhs.cohortcoach.hubservice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub-service settings under {@code cohort-coach.hub}.
 *
 * @param registrationLinkSecret the HMAC key of the links in registration emails (shared with notification-service),
 *                               at least 32 characters; never logged
 */
@Validated
@ConfigurationProperties("cohort-coach.hub")
public record HubProperties(
        @NotBlank(message = "must be set: cohort-coach.hub.registration-link-secret, environment variable "
                + "REGISTRATION_LINK_SECRET (at least 32 characters, the same value as notification-service's)")
        @Size(min = 32, message = "must be at least 32 characters (REGISTRATION_LINK_SECRET)") String registrationLinkSecret) {

    public byte[] registrationLinkSecretBytes() {
        return registrationLinkSecret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HubProperties[registrationLinkSecret=(hidden)]";
    }
}
