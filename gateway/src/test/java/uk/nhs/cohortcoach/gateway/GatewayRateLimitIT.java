package uk.nhs.cohortcoach.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey and sign-in limits with their production sizes (sign-in's per-address limit lowered to
 * 3 to show whose it is), and which client address they count: requests come straight from an
 * untrusted peer (127.0.0.1) or through a trusted proxy (127.0.0.2, the only {@code TRUSTED_PROXIES}
 * entry) that forwards the client's address in {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "cohort-coach.gateway.forwarded.trusted-proxies=127.0.0.2",
    "cohort-coach.gateway.rate-limits.limits.sign-in.capacity=3",
})
@ActiveProfiles("demo")
class GatewayRateLimitIT {

    private static final String UNTRUSTED_PEER = "127.0.0.1";
    private static final String TRUSTED_PROXY = "127.0.0.2";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer SERVICE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(32));
    private static final Map<String, HttpClient> FROM = Map.of(
            UNTRUSTED_PEER, client(UNTRUSTED_PEER), TRUSTED_PROXY, client(TRUSTED_PROXY));

    static {
        SERVICE.start();
    }

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void serviceUris(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"cohort", "coaching", "survey", "notification", "hub"}) {
            registry.add("cohort-coach.gateway.services." + service + ".uri", SERVICE::baseUrl);
        }
        registry.add("cohort-coach.gateway.web.uri", SERVICE::baseUrl); // the survey page, /respond/{token}, is web's
    }

    @BeforeEach
    void serviceAnswersEverything() {
        SERVICE.resetAll();
        SERVICE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @AfterAll
    static void stopService() {
        SERVICE.stop();
    }

    @Test
    void fiveHundredRespondentsBehindOneAddressAnswerTheirSurveysWithoutA429() throws Exception {
        ExecutorService respondents = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Integer>>> answered = new ArrayList<>();
            for (int respondent = 1; respondent <= 500; respondent++) {
                String token = "respondent-" + respondent + "-token";
                answered.add(respondents.submit(() -> answerSurvey(token)));
            }

            for (Future<List<Integer>> statuses : answered) {
                assertThat(statuses.get()).hasSize(10).containsOnly(200);
            }
        } finally {
            respondents.shutdownNow();
        }
    }

    @Test
    void aHammeredSurveyLinkGets429ProblemWithRetryAfterWhileOtherLinksAreServed() throws Exception {
        for (int request = 1; request <= 60; request++) {
            assertThat(send(UNTRUSTED_PEER, "GET", "/api/respond/hammered-token", Map.of(), null).status())
                    .as("request " + request).isEqualTo(200);
        }

        // The bucket refills one request a second, so allow for the few that refill while hammering.
        Response limited = null;
        for (int extra = 1; extra <= 30 && (limited == null || limited.status() != 429); extra++) {
            limited = send(UNTRUSTED_PEER, "GET", "/respond/hammered-token", Map.of("X-Correlation-Id", "hammer-1"), null);
        }

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().get("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.headers().get("Retry-After"))).isBetween(1L, 60L);
        JsonNode problem = JSON.readTree(limited.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://cohort-coach.nhs.uk/problems/too-many-requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("survey link");
        assertThat(problem.get("instance").asString()).isEqualTo("/respond/hammered-token");
        assertThat(problem.get("correlationId").asString()).isEqualTo("hammer-1");
        assertThat(send(UNTRUSTED_PEER, "GET", "/api/respond/another-token", Map.of(), null).status()).isEqualTo(200);
    }

    @Test
    void aHammeredRegistrationLinkGets429NamingItWhileTheSameEventsOtherLinksAndPagesAreServed() throws Exception {
        // the cancel link's page and its API count together, 60 a minute, as a survey link's do
        Response limited = null;
        for (int request = 1; request <= 90 && (limited == null || limited.status() != 429); request++) {
            String path = request % 2 == 0 ? "/api/open-events/registrations/hammered-cancel/cancel" : "/events/registrations/hammered-cancel";
            limited = send(UNTRUSTED_PEER, request % 2 == 0 ? "POST" : "GET", path, Map.of(), request % 2 == 0 ? "{}" : null);
            if (request <= 60) {
                assertThat(limited.status()).as("request " + request).isEqualTo(200);
            }
        }

        assertThat(limited.status()).isEqualTo(429);
        assertThat(JSON.readTree(limited.body()).get("detail").asString()).contains("this registration link");
        assertThat(send(UNTRUSTED_PEER, "GET", "/events/feedback/another-token", Map.of(), null).status()).isEqualTo(200);
        assertThat(send(UNTRUSTED_PEER, "GET", "/api/open-events/registrations/another-token", Map.of(), null).status()).isEqualTo(200);
    }

    @Test
    void ignoresXForwardedForFromAnUntrustedPeerAndCountsThePeer() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(signIn(UNTRUSTED_PEER, "203.0.113." + attempt).status()).as("attempt " + attempt).isEqualTo(401);
        }

        assertThat(signIn(UNTRUSTED_PEER, "203.0.113.99").status()).as("a fresh forged address is no help").isEqualTo(429);
        assertThat(send(UNTRUSTED_PEER, "GET", "/api/cohorts", Map.of("X-Forwarded-For", "203.0.113.50"), null).status())
                .isEqualTo(200);
        SERVICE.verify(getRequestedFor(urlEqualTo("/api/cohorts")).withoutHeader("X-Forwarded-For"));
    }

    @Test
    void countsTheForwardedAddressFromATrustedProxy() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(signIn(TRUSTED_PROXY, "198.51.100.7").status()).as("attempt " + attempt).isEqualTo(401);
        }

        assertThat(signIn(TRUSTED_PROXY, "198.51.100.7").status()).as("the same client").isEqualTo(429);
        assertThat(signIn(TRUSTED_PROXY, "198.51.100.8").status()).as("another client behind the proxy").isEqualTo(401);
        assertThat(signIn(TRUSTED_PROXY, "forged.example, 198.51.100.9").status()).as("the right-most untrusted hop")
                .isEqualTo(401);
        assertThat(signIn(TRUSTED_PROXY, "198.51.100.7, 198.51.100.10").status())
                .as("what the client wrote to the left is ignored").isEqualTo(401);
    }

    /** The survey page, its answers loaded, seven steps saved, submitted, reviewed: ten requests. */
    private List<Integer> answerSurvey(String token) {
        List<Integer> statuses = new ArrayList<>();
        statuses.add(send(UNTRUSTED_PEER, "GET", "/respond/" + token, Map.of(), null).status());
        statuses.add(send(UNTRUSTED_PEER, "GET", "/api/respond/" + token, Map.of(), null).status());
        for (int step = 1; step <= 7; step++) {
            statuses.add(send(UNTRUSTED_PEER, "PUT", "/api/respond/" + token + "/answers",
                    Map.of("Content-Type", "application/json"), "{\"step\":" + step + "}").status());
        }
        statuses.add(send(UNTRUSTED_PEER, "POST", "/api/respond/" + token + "/submit",
                Map.of("Content-Type", "application/json"), "{}").status());
        return statuses;
    }

    private Response signIn(String from, String forwardedFor) {
        String username = "nobody-" + forwardedFor.hashCode() + "-" + System.nanoTime();
        return send(from, "POST", "/auth/login", Map.of("Content-Type", "application/json", "X-Forwarded-For", forwardedFor),
                "{\"username\":\"" + username + "\",\"password\":\"wrong\"}");
    }

    /**
     * The body goes in one message with the headers: a refusal at the edge (429) does not read the
     * body and closes the connection, and a body sent after the headers could then meet a reset.
     */
    private Response send(String from, String method, String path, Map<String, String> headers, String body) {
        return FROM.get(from)
                .headers(request -> headers.forEach(request::set))
                .request(io.netty.handler.codec.http.HttpMethod.valueOf(method))
                .uri("http://127.0.0.1:" + port + path)
                .send(body == null ? Mono.empty() : ByteBufMono.fromString(Mono.just(body)))
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .map(text -> new Response(response.status().code(), response.responseHeaders(), text)))
                .block(Duration.ofSeconds(30));
    }

    /** An HTTP client whose connections come from {@code localAddress} (any 127.x address is loopback on Linux). */
    private static HttpClient client(String localAddress) {
        return HttpClient.create(ConnectionProvider.create("from-" + localAddress, 16))
                .bindAddress(() -> new InetSocketAddress(localAddress, 0));
    }

    private record Response(int status, HttpHeaders headers, String body) {
    }
}
