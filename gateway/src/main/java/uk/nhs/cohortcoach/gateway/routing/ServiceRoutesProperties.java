package uk.nhs.cohortcoach.gateway.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The services behind the gateway: for each, where it runs and the path prefixes it owns.
 *
 * @param services      by service name
 * @param web           the web module, which renders the pages: every path that is not the gateway's own
 * @param healthTimeout how long the gateway waits for a service's readiness when reporting health
 */
@Validated
@ConfigurationProperties("cohort-coach.gateway")
record ServiceRoutesProperties(
        @NotEmpty Map<String, @Valid Service> services,
        @NotNull @Valid @DefaultValue Web web,
        @NotNull @DefaultValue("PT2S") Duration healthTimeout) {

    /**
     * @param uri   base URI of the service, e.g. {@code http://localhost:8081}
     * @param paths path patterns the service owns, e.g. {@code /api/cohorts/**}
     */
    record Service(@NotNull URI uri, @NotEmpty List<@Pattern(regexp = "/api/.+") String> paths) {
    }

    /** @param uri base URI of the web module, e.g. {@code http://localhost:8085} */
    record Web(@NotNull @DefaultValue("http://localhost:8085") URI uri) {
    }

    /** The name of the web module's circuit breaker and health component. */
    static final String WEB = "web";
}
