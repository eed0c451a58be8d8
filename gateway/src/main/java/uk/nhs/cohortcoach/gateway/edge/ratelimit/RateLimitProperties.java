package uk.nhs.cohortcoach.gateway.edge.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
 * Rate limits: each named limit is a token bucket of {@code capacity} requests, refilled evenly over
 * {@code period}, for the requests matching its paths (and methods, if given), kept per client address
 * or per survey link token.
 *
 * @param maxTrackedClients most addresses (or tokens) remembered per limit (bounds memory under attack)
 * @param limits            by name, e.g. {@code sign-in}, {@code survey}, {@code survey-address}
 */
@Validated
@ConfigurationProperties("cohort-coach.gateway.rate-limits")
record RateLimitProperties(
        @Min(100) @DefaultValue("100000") int maxTrackedClients,
        Map<String, @Valid Limit> limits) {

    RateLimitProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    /** What one bucket is kept for. */
    enum Per {
        /** the client's address (see {@code ClientAddress}) */
        CLIENT_ADDRESS,
        /** a link's token (a survey link, a registration's cancel or feedback link): the {@code {token}} variable of the path pattern that matched */
        LINK_TOKEN
    }

    /**
     * @param capacity requests allowed in a burst, and per period
     * @param period   how long the bucket takes to refill completely
     * @param paths    path patterns the limit applies to, e.g. {@code /respond/**} (with {@code per: link-token},
     *                 each names the token, e.g. {@code /respond/{token}})
     * @param methods  HTTP methods it applies to; empty: all
     * @param per      whose bucket a request takes from: {@code client-address} (the default) or {@code link-token}
     * @param linkName with {@code per: link-token}, what the 429 calls the link ("Too many requests for this survey link")
     */
    record Limit(
            @Min(1) long capacity,
            @NotNull @DefaultValue("PT1M") Duration period,
            @NotEmpty List<@Pattern(regexp = "/.*") String> paths,
            List<@Pattern(regexp = "[A-Z]+") String> methods,
            @NotNull @DefaultValue("CLIENT_ADDRESS") Per per,
            @NotNull @DefaultValue("link") @Pattern(regexp = "[a-z ]{1,40}") String linkName) {

        Limit {
            methods = methods == null ? List.of() : List.copyOf(methods);
        }

        @AssertTrue(message = "with per: link-token every path must name the token, e.g. /respond/{token}")
        boolean isTokenNamedInEveryPath() {
            return per != Per.LINK_TOKEN || paths == null || paths.stream().allMatch(path -> path.contains("{token}"));
        }
    }
}
