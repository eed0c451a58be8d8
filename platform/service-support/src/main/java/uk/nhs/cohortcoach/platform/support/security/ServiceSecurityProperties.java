package uk.nhs.cohortcoach.platform.support.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service checks the platform token.
 *
 * @param issuer    the {@code iss} every token must carry (the gateway's {@code AUTH_ISSUER})
 * @param jwksUri   where the gateway publishes its signing keys; fetched on the first token, not at start-up
 * @param clockSkew how far the service's clock may disagree with the gateway's when checking expiry
 * @param jwksRefreshInterval at most one fetch of the keys per interval for a key id the service does not
 *                  know, however many tokens carry one
 */
@Validated
@ConfigurationProperties("cohort-coach.security")
record ServiceSecurityProperties(
        @NotBlank String issuer,
        @NotNull URI jwksUri,
        @NotNull @DefaultValue("PT30S") Duration clockSkew,
        @NotNull @DefaultValue("PT30S") Duration jwksRefreshInterval) {
}
