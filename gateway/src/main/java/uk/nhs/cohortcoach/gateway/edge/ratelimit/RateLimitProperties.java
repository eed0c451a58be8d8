package uk.nhs.cohortcoach.gateway.edge.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits per client address: each named limit is a token bucket of {@code capacity} requests,
 * refilled evenly over {@code period}, for the requests matching its paths (and methods, if given).
 *
 * @param maxTrackedClients most client addresses remembered per limit (bounds memory under attack)
 * @param limits            by name, e.g. {@code sign-in}, {@code survey}
 */
@Validated
@ConfigurationProperties("cohort-coach.gateway.rate-limits")
record RateLimitProperties(
        @Min(100) @DefaultValue("100000") int maxTrackedClients,
        Map<String, @Valid Limit> limits) {

    RateLimitProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    /**
     * @param capacity requests allowed in a burst, and per period
     * @param period   how long the bucket takes to refill completely
     * @param paths    path patterns the limit applies to, e.g. {@code /respond/**}
     * @param methods  HTTP methods it applies to; empty: all
     */
    record Limit(
            @Min(1) long capacity,
            @NotNull @DefaultValue("PT1M") Duration period,
            @NotEmpty List<@Pattern(regexp = "/.*") String> paths,
            List<@Pattern(regexp = "[A-Z]+") String> methods) {

        Limit {
            methods = methods == null ? List.of() : List.copyOf(methods);
        }
    }
}
