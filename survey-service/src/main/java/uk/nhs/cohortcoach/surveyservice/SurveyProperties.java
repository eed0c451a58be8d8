package uk.nhs.cohortcoach.surveyservice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * survey-service settings under {@code cohort-coach.survey}.
 *
 * @param linkSecret          the invitation link secret (HMAC key; shared with notification-service), at least 32
 *                            characters; never logged
 */
@Validated
@ConfigurationProperties("cohort-coach.survey")
public record SurveyProperties(
        @NotBlank(message = "must be set: cohort-coach.survey.link-secret, environment variable INVITATION_LINK_SECRET "
                + "(at least 32 characters, the same value as notification-service's)")
        @Size(min = 32, message = "must be at least 32 characters (INVITATION_LINK_SECRET)") String linkSecret) {

    public byte[] linkSecretBytes() {
        return linkSecret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SurveyProperties[linkSecret=(hidden)]";
    }
}
