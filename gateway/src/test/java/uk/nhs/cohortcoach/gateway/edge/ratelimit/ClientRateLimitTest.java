package uk.nhs.cohortcoach.gateway.edge.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;

class ClientRateLimitTest {

    private final ClientRateLimit perLink = new ClientRateLimit("survey", new RateLimitProperties.Limit(2, Duration.ofMinutes(1),
            List.of("/api/respond/{token}/**", "/respond/{token}"), List.of(), RateLimitProperties.Per.LINK_TOKEN, "survey link"), 1000);
    private final ClientRateLimit perAddress = new ClientRateLimit("sign-in", new RateLimitProperties.Limit(2, Duration.ofMinutes(1),
            List.of("/auth/login"), List.of("POST"), RateLimitProperties.Per.CLIENT_ADDRESS, "link"), 1000);

    @Test
    void countsTheSurveyPageAndItsApiUnderOneKeyPerLinkWhateverTheAddress() {
        String page = perLink.keyOf("GET", path("/respond/abc"), "192.0.2.1").orElseThrow();

        assertThat(perLink.keyOf("PUT", path("/api/respond/abc/answers"), "198.51.100.2")).hasValue(page);
        assertThat(perLink.keyOf("GET", path("/api/respond/abc"), "198.51.100.3")).hasValue(page);
        assertThat(perLink.keyOf("GET", path("/api/respond/abd"), "192.0.2.1")).isPresent().get().isNotEqualTo(page);
        assertThat(perLink.keyOf("GET", path("/api/waves"), "192.0.2.1")).isEmpty();
    }

    @Test
    void keepsNoTokenAsItIsAndNoKeyLongerThanADigest() {
        String longToken = "t".repeat(4000);

        assertThat(perLink.keyOf("GET", path("/respond/" + longToken), "192.0.2.1")).hasValueSatisfying(key ->
                assertThat(key).hasSize(43).doesNotContain("ttt"));
        assertThat(perLink.keyOf("GET", path("/respond/abc"), "192.0.2.1")).hasValueSatisfying(key ->
                assertThat(key).doesNotContain("abc"));
    }

    @Test
    void keysAnAddressLimitByTheClientAddressForItsMethodsOnly() {
        assertThat(perAddress.keyOf("POST", path("/auth/login"), "192.0.2.1")).hasValue("192.0.2.1");
        assertThat(perAddress.keyOf("GET", path("/auth/login"), "192.0.2.1")).isEmpty();
    }

    @Test
    void refusesOnceTheBucketIsEmptyWithTheWaitUntilTheNextRequest() {
        String key = perLink.keyOf("GET", path("/respond/abc"), "192.0.2.1").orElseThrow();

        assertThat(perLink.tryConsume(key)).isEmpty();
        assertThat(perLink.tryConsume(key)).isEmpty();
        assertThat(perLink.tryConsume(key)).hasValueSatisfying(wait -> assertThat(wait).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(30)));
    }

    private static PathContainer path(String path) {
        return PathContainer.parsePath(path);
    }
}
