package uk.nhs.cohortcoach.notificationservice.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The privacy line added to every email (personalisation {@code privacy_notice}) and where the whole
 * notice is ({@code privacy_url}); the text is that of {@code docs/privacy-notice.md}.
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.privacy")
public record PrivacyNotice(@NotBlank String emailLine, @NotNull URI noticeUrl) {
}
