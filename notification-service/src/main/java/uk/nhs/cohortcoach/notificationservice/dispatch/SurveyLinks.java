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
record SurveyLinks(@NotBlank String baseUrl, @NotBlank @Size(min = 32) String linkSecret) {

    String linkFor(String invitationId) {
        String token = InvitationTokens.token(linkSecret.getBytes(StandardCharsets.UTF_8), invitationId);
        return baseUrl.endsWith("/") ? baseUrl + token : baseUrl + "/" + token;
    }
}
