package uk.nhs.cohortcoach.notificationservice.dispatch;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;

/**
 * Makes a survey invitation's personal link when its email is sent, from the invitation id and the
 * link secret shared with survey-service. The token is never stored: not in the message, not in the log.
 *
 * @param baseUrl    the survey page's address, the token is appended (e.g. {@code http://localhost:8080/respond/})
 * @param linkSecret the secret survey-service was given (at least 32 characters)
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.survey-links")
record SurveyLinks(
        @NotBlank(message = "must be set: cohort-coach.notifications.survey-links.base-url, environment variable "
                + "SURVEY_LINK_BASE_URL (the survey page's public address, e.g. https://<gateway host>/respond/)")
        String baseUrl,
        @NotBlank(message = "must be set: cohort-coach.notifications.survey-links.link-secret, environment variable "
                + "INVITATION_LINK_SECRET (the same value as survey-service's)")
        @Size(min = 32, message = "must be at least 32 characters (INVITATION_LINK_SECRET)") String linkSecret) {

    /** The link of this generation of the invitation (0: the first; see {@code InvitationTokens}). */
    String linkFor(String invitationId, int generation) {
        String token = InvitationTokens.token(linkSecret.getBytes(StandardCharsets.UTF_8), invitationId, generation);
        return baseUrl.endsWith("/") ? baseUrl + token : baseUrl + "/" + token;
    }
}
