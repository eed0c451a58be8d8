package uk.nhs.cohortcoach.notificationservice.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterMetricsAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Notify channel against a real HTTP server (WireMock) in a small Spring context: this module's
 * application.yml (so the real {@code resilience4j.*.instances.notify} settings), the Resilience4j
 * auto-configuration and metrics, and {@link EmailChannelConfiguration}. Only back-off, timeout and
 * circuit-breaker window are shortened here to keep it fast; no Kafka or MongoDB is needed.
 */
@SpringBootTest(classes = NotifyChannelIT.Context.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "cohort-coach.notify.timeout=300ms",
    "resilience4j.retry.instances.notify.wait-duration=20ms",
    "resilience4j.circuitbreaker.instances.notify.sliding-window-size=6",
    "resilience4j.circuitbreaker.instances.notify.minimum-number-of-calls=6",
    "resilience4j.circuitbreaker.instances.notify.wait-duration-in-open-state=1m",
})
class NotifyChannelIT {

    private static final String PATH = "/v2/notifications/email";
    private static final String NOTIFICATION_ID = "740e5834-3a29-46b4-9a6f-16142fde533a";
    private static final String ADDRESS = "ada.lovelace@example.nhs.uk";
    private static final Email EMAIL = new Email("session-invitation", ADDRESS,
            Map.of("name", "Ada", "session", "Team coaching"), "msg-0001");

    private static final WireMockServer notify = new WireMockServer(options().dynamicPort());

    static {
        notify.start();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ValidationAutoConfiguration.class,
        RetryAutoConfiguration.class, CircuitBreakerAutoConfiguration.class, RateLimiterAutoConfiguration.class,
        RetryMetricsAutoConfiguration.class, CircuitBreakerMetricsAutoConfiguration.class,
        RateLimiterMetricsAutoConfiguration.class})
    @Import(EmailChannelConfiguration.class)
    static class Context {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @DynamicPropertySource
    static void notifyServer(DynamicPropertyRegistry registry) {
        registry.add("cohort-coach.notify.base-url", notify::baseUrl);
        registry.add("cohort-coach.notify.api-key", () -> NotifyApiKeyTest.KEY);
    }

    @Autowired
    private EmailChannel channel;
    @Autowired
    private CircuitBreakerRegistry circuitBreakers;
    @Autowired
    private RetryRegistry retries;
    @Autowired
    private RateLimiterRegistry rateLimiters;
    @Autowired
    private MeterRegistry meters;

    @AfterAll
    static void stop() {
        notify.stop();
    }

    @BeforeEach
    void reset() {
        notify.resetAll();
        circuitBreaker().reset();
    }

    @Test
    void postsTheEmailToNotifyWithASignedTokenAndReturnsNotifysId() throws Exception {
        notify.stubFor(post(PATH).willReturn(created()));

        SendOutcome outcome = channel.send(EMAIL);

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted(NOTIFICATION_ID, false));
        notify.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", matching("application/json.*"))
                .withHeader("Authorization", matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                .withRequestBody(equalToJson("""
                        {"email_address": "ada.lovelace@example.nhs.uk",
                         "template_id": "00000000-0000-4000-8000-000000000001",
                         "personalisation": {"name": "Ada", "session": "Team coaching"},
                         "reference": "msg-0001"}""")));
        String bearer = notify.getAllServeEvents().get(0).getRequest().getHeader("Authorization").substring("Bearer ".length());
        SignedJWT jwt = SignedJWT.parse(bearer);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(NotifyApiKeyTest.SERVICE_ID);
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofSeconds(30)));
        assertThat(jwt.verify(new MACVerifier(NotifyApiKeyTest.SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
    }

    @Test
    void neverRetriesARejectedRequest() {
        notify.stubFor(post(PATH).willReturn(error(400, "BadRequestError", "Missing personalisation: date")));

        SendOutcome outcome = channel.send(EMAIL);

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Rejected.class, rejected -> {
            assertThat(rejected.httpStatus()).isEqualTo(400);
            assertThat(rejected.reason()).contains("BadRequestError: Missing personalisation: date")
                    .doesNotContain(ADDRESS);
        });
        notify.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void neverRetriesAnAuthenticationFailure() {
        notify.stubFor(post(PATH).willReturn(error(403, "AuthError", "Invalid token: API key not found")));

        SendOutcome outcome = channel.send(EMAIL);

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Rejected.class, rejected -> {
            assertThat(rejected.httpStatus()).isEqualTo(403);
            assertThat(rejected.reason()).contains("AuthError: Invalid token: API key not found");
        });
        notify.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retriesAServerErrorAndCountsTheRetry() {
        double retriesBefore = retryCount();
        notify.stubFor(inSequence(post(PATH), "500 then 201", error(500, "Exception", "Internal server error"), created()));

        SendOutcome outcome = channel.send(EMAIL);

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted(NOTIFICATION_ID, false));
        notify.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(retryCount() - retriesBefore).isEqualTo(1.0);
    }

    @Test
    void retriesWhenNotifyAsksToSlowDown() {
        notify.stubFor(inSequence(post(PATH), "429 then 201", error(429, "RateLimitError", "Exceeded rate limit"), created()));

        SendOutcome outcome = channel.send(EMAIL);

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted(NOTIFICATION_ID, false));
        notify.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retriesATimeoutThenReportsNotifyUnavailable() {
        notify.stubFor(post(PATH).willReturn(created().withFixedDelay(1_000)));

        SendOutcome outcome = channel.send(EMAIL);

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("could not be reached"));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> notify.verify(3, postRequestedFor(urlEqualTo(PATH))));
    }

    @Test
    void reportsRepeatedServerErrorsAsUnavailableAfterThreeAttempts() {
        notify.stubFor(post(PATH).willReturn(error(503, "Exception", "Service unavailable")));

        SendOutcome outcome = channel.send(EMAIL);

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("503"));
        notify.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void opensTheCircuitOnRepeatedServerErrorsAndThenStopsCallingNotify() {
        notify.stubFor(post(PATH).willReturn(error(500, "Exception", "Internal server error")));

        channel.send(EMAIL); // 3 failed attempts
        channel.send(EMAIL); // 3 more: 6 of 6 failed, the window is full and over the threshold

        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int requests = notify.getAllServeEvents().size();
        SendOutcome whileOpen = channel.send(EMAIL);
        assertThat(whileOpen).isInstanceOfSatisfying(SendOutcome.Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("circuit breaker is open"));
        assertThat(notify.getAllServeEvents()).hasSize(requests);
        assertThat(meters.get("resilience4j.circuitbreaker.state").tags("name", "notify", "state", "open").gauge().value())
                .isEqualTo(1.0);
    }

    @Test
    void keepsTheCircuitClosedOnARunOfRejections() {
        notify.stubFor(post(PATH).willReturn(error(400, "ValidationError", "email_address Not a valid email address")));

        for (int i = 0; i < 10; i++) {
            assertThat(channel.send(EMAIL)).isInstanceOf(SendOutcome.Rejected.class);
        }

        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
        notify.verify(10, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void staysBelowNotifysRateLimitOf3000AMinute() {
        RateLimiterConfig config = rateLimiters.rateLimiter(NotifyEmailChannel.NAME).getRateLimiterConfig();

        double perMinute = config.getLimitForPeriod() * (60_000.0 / config.getLimitRefreshPeriod().toMillis());
        assertThat(perMinute).isLessThan(3_000).isEqualTo(2_700);
    }

    @Test
    void usesTheConfiguredRetryInstance() {
        assertThat(retries.retry(NotifyEmailChannel.NAME).getRetryConfig().getMaxAttempts()).isEqualTo(3);
    }

    private CircuitBreaker circuitBreaker() {
        return circuitBreakers.circuitBreaker(NotifyEmailChannel.NAME);
    }

    private double retryCount() {
        return meters.get(NotifyEmailChannel.RETRIES_METRIC).counter().count();
    }

    private static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"id": "%s", "reference": "msg-0001",
                 "content": {"subject": "Invitation", "body": "Dear Ada", "from_email": "cohort.coach@notifications.service.gov.uk"},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/%s",
                 "template": {"id": "00000000-0000-4000-8000-000000000001", "version": 1, "uri": "https://example"}}
                """.formatted(NOTIFICATION_ID, NOTIFICATION_ID));
    }

    private static ResponseDefinitionBuilder error(int status, String error, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"status_code": %d, "errors": [{"error": "%s", "message": "%s"}]}""".formatted(status, error, message));
    }

    private static MappingBuilder inSequence(MappingBuilder request, String scenario, ResponseDefinitionBuilder first,
            ResponseDefinitionBuilder then) {
        notify.stubFor(post(PATH).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("second"));
        return request.inScenario(scenario).whenScenarioStateIs("second").willReturn(then);
    }
}
