package uk.nhs.cohortcoach.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the web module finds the rest of the platform.
 *
 * @param gateway     the gateway, for {@code POST /auth/login} (the one place that checks passwords and issues tokens)
 * @param cohortApi   cohort-service's base address; its {@code /api/cohorts} is called with the person's token
 */
@ConfigurationProperties("web")
public record WebProperties(URI gateway, URI cohortApi) {
}
