package uk.nhs.cohortcoach.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The gateway's edge in front of WireMock stand-ins: rate limits, per-service time limits and
 * circuit breakers, security headers, CSRF for the cookie session, the body size limit and the
 * OpenAPI documents. The test client (127.0.0.1) is a trusted proxy here, so each test is its own
 * client address, forwarded in {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "cohort-coach.gateway.forwarded.trusted-proxies=127.0.0.1",
    "cohort-coach.gateway.rate-limits.limits.sign-in.capacity=3",
    "cohort-coach.gateway.rate-limits.limits.survey.capacity=4",
    "cohort-coach.gateway.rate-limits.limits.survey-address.capacity=6",
    "cohort-coach.gateway.resilience.timeout=2s",
    "cohort-coach.gateway.resilience.sliding-window=4",
    "cohort-coach.gateway.resilience.minimum-calls=4",
    "cohort-coach.gateway.resilience.open-for=1m",
    "cohort-coach.gateway.body-limit.max-size=2KB",
})
@ActiveProfiles("demo")
class GatewayEdgeIT {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final Map<String, WireMockServer> SERVICES = new LinkedHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final int CLOSED_PORT = closedPort();

    static {
        for (String name : new String[] {"cohort", "coaching", "survey", "hub", "web"}) {
            WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            SERVICES.put(name, server);
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    /** This test's client address (forwarded from a trusted proxy in this context). */
    private String client;

    /** A survey link token of this test's own (each token has its own limit). */
    private String token;

    @DynamicPropertySource
    static void serviceUris(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, server) -> registry.add("web".equals(name)
                ? "cohort-coach.gateway.web.uri" : "cohort-coach.gateway.services." + name + ".uri", server::baseUrl));
        // notification-service is down: nothing listens on its port.
        registry.add("cohort-coach.gateway.services.notification.uri", () -> "http://127.0.0.1:" + CLOSED_PORT);
    }

    @BeforeEach
    void everyServiceAnswersWithItsName() {
        int test = CLIENTS.incrementAndGet();
        client = "10.0.0." + test;
        token = "token-of-test-" + test;
        SERVICES.forEach((name, server) -> {
            server.resetAll();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(name)));
        });
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(WireMockServer::stop);
    }

    // --- rate limits

    @Test
    void limitsSignInAttemptsPerClientAddressWith429ProblemAndRetryAfter() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(login("nobody" + attempt, "x").statusCode()).as("attempt " + attempt).isEqualTo(401);
        }

        HttpResponse<String> limited = login("manager", "demo");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertProblem(limited, "too-many-requests", 429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        client = "10.0.1.1";
        assertThat(login("manager", "demo").statusCode()).as("another address is not limited").isEqualTo(200);
    }

    @Test
    void limitsTheSurveyPageAndSurveyApiTogetherPerLinkToken() throws Exception {
        assertThat(request("GET", "/respond/" + token).send().statusCode()).isEqualTo(200);
        assertThat(request("GET", "/api/respond/" + token).send().statusCode()).isEqualTo(200);
        assertThat(request("PUT", "/api/respond/" + token).body(null, "{}").send().statusCode()).isEqualTo(200);
        assertThat(request("GET", "/respond/" + token).send().statusCode()).isEqualTo(200);

        HttpResponse<String> limited = request("GET", "/api/respond/" + token + "/answers").send();

        assertThat(limited.statusCode()).isEqualTo(429);
        assertProblem(limited, "too-many-requests", 429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(request("GET", "/api/waves").send().statusCode()).as("other endpoints are not limited").isEqualTo(200);
        SERVICES.get("survey").verify(3, anyRequestedFor());
        assertThat(request("GET", "/api/respond/another-" + token).send().statusCode()).as("another link from the same address")
                .isEqualTo(200);
    }

    @Test
    void limitsSurveyRequestsFromOneAddressAcrossLinksAtTheAddressCeiling() throws Exception {
        for (int link = 1; link <= 6; link++) {
            assertThat(request("GET", "/api/respond/" + token + "-" + link).send().statusCode()).as("link " + link).isEqualTo(200);
        }

        HttpResponse<String> limited = request("GET", "/respond/" + token + "-7").send();

        assertThat(limited.statusCode()).isEqualTo(429);
        JsonNode problem = assertProblem(limited, "too-many-requests", 429);
        assertThat(problem.get("detail").asString()).contains("from your address");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        client = "10.0.1.2";
        assertThat(request("GET", "/respond/" + token + "-7").send().statusCode()).as("another address").isEqualTo(200);
    }

    // --- time limits and circuit breakers

    @Test
    void answersA503ProblemWithinTheTimeLimitWhenAServiceIsTooSlowWhileOthersKeepWorking() throws Exception {
        SERVICES.get("coaching").stubFor(get("/api/sessions/slow").willReturn(aResponse().withStatus(200).withFixedDelay(8000)));

        long start = System.nanoTime();
        HttpResponse<String> slow = request("GET", "/api/sessions/slow").header("X-Correlation-Id", "slow-1").send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofMillis(6000));
        JsonNode problem = assertProblem(slow, "service-unavailable", 503);
        assertThat(problem.get("detail").asString()).isEqualTo("The coaching service is unavailable; try again shortly.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/sessions/slow");
        assertThat(problem.get("correlationId").asString()).isEqualTo("slow-1");
        assertThat(slow.headers().firstValue("Retry-After")).isPresent();
        assertThat(request("GET", "/api/cohorts").send().body()).isEqualTo("cohort");
    }

    @Test
    void opensTheCircuitOfAServiceThatIsDownAndReportsItsState() throws Exception {
        for (int call = 1; call <= 4; call++) {
            HttpResponse<String> down = request("GET", "/api/notifications").send();
            assertThat(down.statusCode()).as("call " + call).isEqualTo(503);
            assertProblem(down, "service-unavailable", 503);
        }

        assertThat(circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("notification").getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(request("GET", "/api/preferences/me").send().statusCode()).isEqualTo(503);
        assertThat(request("GET", "/actuator/prometheus").send().body())
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"notification\"[^}]*state=\"open\"[^}]*} 1\\.0");
        assertThat(request("GET", "/api/cohorts").send().statusCode()).as("another service's route").isEqualTo(200);
    }

    @Test
    void countsServerErrorsButNotClientErrorsAsFailures() throws Exception {
        SERVICES.get("survey").stubFor(get("/api/frameworks/missing").willReturn(aResponse().withStatus(404)));
        SERVICES.get("survey").stubFor(get("/api/frameworks/broken").willReturn(aResponse().withStatus(502)));
        CircuitBreaker survey = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("survey");
        long failedBefore = survey.getMetrics().getNumberOfFailedCalls();

        HttpResponse<String> missing = request("GET", "/api/frameworks/missing").send();
        HttpResponse<String> broken = request("GET", "/api/frameworks/broken").send();

        assertThat(missing.statusCode()).as("4xx passed on as it is").isEqualTo(404);
        assertThat(broken.statusCode()).isEqualTo(503);
        assertProblem(broken, "service-unavailable", 503);
        assertThat(survey.getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore + 1);
    }

    // --- security headers

    @Test
    void putsSecurityHeadersOnPagesApiAnswersAndErrors() throws Exception {
        for (String path : List.of("/", "/api/cohorts", "/api/unknown", "/admin/no-such-page", "/auth/me")) {
            HttpResponse<String> response = request("GET", path).send();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(CSP);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
        }
    }

    @Test
    void sendsHstsOnlyWhenTheRequestCameOverTls() throws Exception {
        HttpResponse<String> overTls = request("GET", "/").header("X-Forwarded-Proto", "https").send();

        assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void putsAPermissionsPolicyDenyingPowerfulFeaturesOnEveryResponseEvenEdgeRefusals() throws Exception {
        List<HttpResponse<String>> responses = new java.util.ArrayList<>();
        // /api/unknown last: a connection that served it may hang on /admin/no-such-page (a known, older fault)
        for (String path : List.of("/", "/api/cohorts", "/admin/no-such-page", "/auth/me", "/respond/" + token,
                "/api/unknown")) {
            responses.add(request("GET", path).send());
        }
        responses.add(request("POST", "/api/cohorts/import").header("Authorization", "Bearer api-client")
                .body(null, "x".repeat(3000)).send());
        HttpResponse<String> limited = null;
        for (int request = 1; request <= 5; request++) {
            limited = request("GET", "/api/respond/" + token).send();
        }
        responses.add(limited);

        assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 401, 404, 413, 429);
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("Permissions-Policy")).as(response.uri() + " " + response.statusCode())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()",
                            "payment=()", "usb=()").doesNotContain("self", "*"));
        }
    }

    @Test
    void neverLetsAnAddressHoldingASurveyTokenBeCachedOrSentToAnotherSite() throws Exception {
        SERVICES.get("survey").stubFor(get("/api/respond/" + token).willReturn(aResponse().withStatus(200)
                .withHeader("Cache-Control", "public, max-age=3600").withHeader("Referrer-Policy", "unsafe-url").withBody("{}")));

        for (String path : List.of("/respond/" + token, "/api/respond/" + token, "/api/respond/" + token + "/missing")) {
            HttpResponse<String> response = request("GET", path).send();
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
            assertThat(response.headers().allValues("Referrer-Policy")).as(path).containsExactly("no-referrer");
        }
        assertThat(request("GET", "/api/waves").send().headers().firstValue("Cache-Control")).as("elsewhere, as Spring Security sets it")
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void neverLetsAnAddressHoldingARegistrationLinkTokenBeCachedOrSentToAnotherSite() throws Exception {
        SERVICES.get("hub").stubFor(any(urlMatching("/api/open-events/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Cache-Control", "public, max-age=3600").withHeader("Referrer-Policy", "unsafe-url").withBody("{}")));
        SERVICES.get("web").stubFor(any(urlMatching("/events/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Cache-Control", "public, max-age=3600").withHeader("Referrer-Policy", "origin").withBody("page")));

        for (String path : List.of("/events/registrations/" + token, "/events/feedback/" + token,
                "/api/open-events/registrations/" + token, "/api/open-events/feedback/" + token)) {
            HttpResponse<String> response = request("GET", path).send();
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
            assertThat(response.headers().allValues("Referrer-Policy")).as(path).containsExactly("no-referrer");
        }
    }

    // --- body limit on upload paths

    @Test
    void letsAnAttachmentUploadPassTheOrdinaryBodyLimitButNoOtherRequest() throws Exception {
        String overTheOrdinaryLimit = "x".repeat(3000); // the ordinary limit is 2 KB in this test, uploads keep theirs
        SERVICES.get("hub").stubFor(post("/api/resources/7/attachments").willReturn(aResponse().withStatus(201).withBody("hub")));

        HttpResponse<String> upload = request("POST", "/api/resources/7/attachments").header("Authorization", "Bearer api-client")
                .body("application/pdf", overTheOrdinaryLimit).send();
        HttpResponse<String> elsewhere = request("POST", "/api/resources/7").header("Authorization", "Bearer api-client")
                .body("application/json", overTheOrdinaryLimit).send();

        assertThat(upload.statusCode()).isEqualTo(201);
        SERVICES.get("hub").verify(postRequestedFor(urlEqualTo("/api/resources/7/attachments")));
        assertThat(elsewhere.statusCode()).isEqualTo(413);
    }

    // --- unknown paths

    @Test
    void answersEveryUnknownPathOfItsOwnWithANotFoundProblemLikeTheServices() throws Exception {
        // (every other unknown path is the web module's to answer; see GatewayRoutingIT)
        for (String path : List.of("/auth/unknown", "/.well-known/unknown", "/gateway/fallback/cohort",
                "/gateway/fallback/web", "/api/unknown/thing")) {
            HttpResponse<String> response = request("GET", path).header("X-Correlation-Id", "lost-1").send();

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            JsonNode problem = assertProblem(response, "not-found", 404);
            assertThat(problem.get("title").asString()).isEqualTo("Not found");
            assertThat(problem.get("detail").asString()).isEqualTo("Nothing exists at this address.");
            assertThat(problem.get("instance").asString()).isEqualTo(path);
            assertThat(problem.get("correlationId").asString()).isEqualTo("lost-1");
        }
        // (by correlation id: a slow service's request from an earlier test may still be logged here)
        SERVICES.values().forEach(server -> server.verify(0, anyRequestedFor().withHeader("X-Correlation-Id", equalTo("lost-1"))));
    }

    @Test
    void answersAnAddressTheFirewallRefusesWithABadRequestProblemAndPassesNothingOn() throws Exception {
        for (String path : List.of("/api/people/a%00b", "/api/cohorts/a%2Fb", "/api/cohorts/%2e%2e/x")) {
            HttpResponse<String> response = request("GET", path).send();

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertProblem(response, "bad-request", 400);
        }
        SERVICES.values().forEach(server -> assertThat(server.getAllServeEvents()).isEmpty());
    }

    @Test
    void answersAMethodAPathDoesNotTakeWithAProblemToo() throws Exception {
        HttpResponse<String> response = request("DELETE", "/auth/login").header("Content-Type", "application/json").send();

        assertThat(response.statusCode()).isEqualTo(405);
        assertProblem(response, "method-not-allowed", 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    // --- CSRF

    @Test
    void setsAReadableXsrfCookieOnTheGatewaysOwnAnswers() throws Exception {
        HttpResponse<String> page = request("GET", "/auth/options").send();

        String cookie = xsrfSetCookie(page);
        assertThat(cookie).matches("XSRF-TOKEN=[^;]+;.*").contains("Path=/").contains("SameSite=Strict").doesNotContain("HttpOnly");
    }

    @Test
    void refusesAStateChangeWithTheSessionCookieButNoCsrfTokenBeforeItReachesTheService() throws Exception {
        String session = sessionToken();

        HttpResponse<String> refused = request("POST", "/api/cohorts").header("Cookie", "cohort_coach_session=" + session)
                .body(null, "{}").send();
        HttpResponse<String> wrong = request("POST", "/api/cohorts")
                .header("Cookie", "cohort_coach_session=" + session + "; XSRF-TOKEN=right").header("X-XSRF-TOKEN", "wrong")
                .body(null, "{}").send();

        for (HttpResponse<String> response : List.of(refused, wrong)) {
            assertThat(response.statusCode()).isEqualTo(403);
            JsonNode problem = assertProblem(response, "csrf-token", 403);
            assertThat(problem.get("detail").asString()).isEqualTo("The form has expired; reload the page and try again.");
        }
        assertThat(SERVICES.get("cohort").getAllServeEvents()).isEmpty();
    }

    @Test
    void passesAStateChangeWithTheSessionCookieAndTheMatchingCsrfToken() throws Exception {
        String session = sessionToken();
        String xsrf = xsrfSetCookie(request("GET", "/auth/options").send()).split(";")[0].substring("XSRF-TOKEN=".length());

        HttpResponse<String> response = request("POST", "/api/cohorts")
                .header("Cookie", "cohort_coach_session=" + session + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
                .body(null, "{}").send();

        assertThat(response.statusCode()).isEqualTo(200);
        SERVICES.get("cohort").verify(postRequestedFor(urlEqualTo("/api/cohorts"))
                .withHeader("Authorization", equalTo("Bearer " + session)));
    }

    @Test
    void needsNoCsrfTokenWithABearerTokenOrWithoutTheSessionCookie() throws Exception {
        String session = sessionToken();

        HttpResponse<String> bearer = request("POST", "/api/cohorts").header("Authorization", "Bearer " + session)
                .body(null, "{}").send();
        HttpResponse<String> surveyAnswer = request("PUT", "/api/respond/" + token).body(null, "{}").send();

        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(surveyAnswer.statusCode()).isEqualTo(200);
        assertThat(login("manager", "demo").statusCode()).as("sign-in without a session").isEqualTo(200);
    }

    @Test
    void needsTheCsrfTokenToSignOutWithTheSessionCookie() throws Exception {
        String session = sessionToken();

        HttpResponse<String> refused = request("POST", "/auth/logout").header("Cookie", "cohort_coach_session=" + session).send();
        HttpResponse<String> signedOut = request("POST", "/auth/logout")
                .header("Cookie", "cohort_coach_session=" + session + "; XSRF-TOKEN=abc123")
                .header("X-XSRF-TOKEN", "abc123").send();

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(signedOut.statusCode()).isEqualTo(204);
    }

    // --- body size

    @Test
    void refusesABodyWhoseLengthIsOverTheLimitWithoutCallingTheService() throws Exception {
        HttpResponse<String> response = request("POST", "/api/cohorts/import").header("Authorization", "Bearer api-client")
                .body(null, "x".repeat(3000)).send();

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, "content-too-large", 413);
        assertThat(SERVICES.get("cohort").getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesAStreamedBodyOnceItGrowsOverTheLimit() throws Exception {
        long failedBefore = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("cohort").getMetrics().getNumberOfFailedCalls();
        HttpResponse<String> tooLarge = request("POST", "/api/cohorts/import").header("Authorization", "Bearer api-client")
                .body(null, new byte[64 * 1024]).streamed().send();
        HttpResponse<String> small = request("POST", "/api/cohorts/import").header("Authorization", "Bearer api-client")
                .body(null, new byte[1000]).streamed().send();

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertProblem(tooLarge, "content-too-large", 413);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("cohort").getMetrics().getNumberOfFailedCalls())
                .as("not the service's failure").isEqualTo(failedBefore);
    }

    // --- API documents

    @Test
    void proxiesEachServicesOpenApiDocumentUnderItsName() throws Exception {
        SERVICES.get("cohort").stubFor(get("/v3/api-docs").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"cohort\"}}")));

        HttpResponse<String> document = request("GET", "/v3/api-docs/cohort").send();

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"title\":\"cohort\"");
        SERVICES.get("cohort").verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }

    @Test
    void servesTheSwaggerUiListingEveryDocument() throws Exception {
        HttpResponse<String> entry = request("GET", "/api-docs").send();
        assertThat(entry.statusCode()).isEqualTo(302);
        String location = entry.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> ui = request("GET", URI.create(url("/api-docs")).resolve(location).getRawPath()).send();
        HttpResponse<String> config = request("GET", "/v3/api-docs/gateway/swagger-config").send();

        assertThat(ui.statusCode()).as(location).isEqualTo(200);
        assertThat(ui.body()).as(location).contains("swagger-ui");
        assertThat(config.body()).contains("/v3/api-docs/cohort", "/v3/api-docs/coaching", "/v3/api-docs/survey",
                "/v3/api-docs/notification", "/v3/api-docs/hub");
        assertThat(request("GET", "/v3/api-docs/gateway").send().body()).contains("/auth/login");
    }

    private static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder anyRequestedFor() {
        return com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl());
    }

    private String sessionToken() throws Exception {
        HttpResponse<String> response = login("manager", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("token").asString();
    }

    private static String xsrfSetCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, String kind, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://cohort-coach.nhs.uk/problems/" + kind);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
        assertThat(problem.has("correlationId")).isTrue();
        return problem;
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return request("POST", "/auth/login")
                .body("application/json", JSON.writeValueAsString(Map.of("username", username, "password", password))).send();
    }

    /** As this test's client calls the gateway: from its own forwarded address, no {@code Accept} unless set. */
    private Http.Request request(String method, String path) {
        return new Http(port).request(method, path).withoutHeader("Accept").header("X-Forwarded-For", client);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
