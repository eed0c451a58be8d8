package uk.nhs.cohortcoach.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The per-service circuit breakers with their production settings (20 calls, counted from 10, open
 * at 50 % failed), against WireMock stand-ins: no caller can open a breaker with requests the
 * service answers 500 or 4xx, while a service that is unavailable (503) or unreachable opens it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayCircuitBreakerIT {

    private static final String INTERNAL_ERROR = "{\"type\":\"https://cohort-coach.nhs.uk/problems/internal-error\","
            + "\"title\":\"Internal error\",\"status\":500}";
    private static final Map<String, WireMockServer> SERVICES = new LinkedHashMap<>();
    private static final int CLOSED_PORT = closedPort();

    static {
        for (String name : new String[] {"cohort", "coaching", "survey", "web"}) {
            WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            SERVICES.put(name, server);
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @DynamicPropertySource
    static void serviceUris(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, server) -> registry.add("web".equals(name)
                ? "cohort-coach.gateway.web.uri" : "cohort-coach.gateway.services." + name + ".uri", server::baseUrl));
        // notification-service is down: nothing listens on its port.
        registry.add("cohort-coach.gateway.services.notification.uri", () -> "http://127.0.0.1:" + CLOSED_PORT);
    }

    @BeforeEach
    void everyServiceAnswersWithItsName() {
        SERVICES.forEach((name, server) -> {
            server.resetAll();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(name)));
        });
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(WireMockServer::stop);
    }

    @Test
    void oneCallersRequestsAnswered500And400LeaveTheBreakerClosedAndAnotherUserIsServed() throws Exception {
        WireMockServer cohort = SERVICES.get("cohort");
        cohort.stubFor(get("/api/cohorts/crash").withHeader("Authorization", equalTo("Bearer mallory"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                        .withBody(INTERNAL_ERROR)));
        cohort.stubFor(get("/api/cohorts/nonsense").withHeader("Authorization", equalTo("Bearer mallory"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400}")));

        for (int call = 1; call <= 50; call++) {
            HttpResponse<String> crash = send("/api/cohorts/crash", "mallory");
            assertThat(crash.statusCode()).as("500 number " + call + " passed on as the service's own").isEqualTo(500);
            assertThat(crash.body()).isEqualTo(INTERNAL_ERROR);
            assertThat(send("/api/cohorts/nonsense", "mallory").statusCode()).as("400 number " + call).isEqualTo(400);
        }

        CircuitBreaker breaker = breaker("cohort");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        HttpResponse<String> colleague = send("/api/cohorts", "alice");
        assertThat(colleague.statusCode()).isEqualTo(200);
        assertThat(colleague.body()).isEqualTo("cohort");
        cohort.verify(101, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServiceAnswering503OpensItsBreakerAndIsNoLongerCalled() throws Exception {
        WireMockServer survey = SERVICES.get("survey");
        survey.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));

        for (int call = 1; call <= 10; call++) {
            assertThat(send("/api/waves", "alice").statusCode()).as("call " + call).isEqualTo(503);
        }

        assertThat(breaker("survey").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        HttpResponse<String> refused = send("/api/frameworks", "alice");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        survey.verify(10, anyRequestedFor(anyUrl()));
        assertThat(send("/api/sessions", "alice").statusCode()).as("another service's route").isEqualTo(200);
    }

    @Test
    void aServiceThatRefusesConnectionsOpensItsBreaker() throws Exception {
        for (int call = 1; call <= 10; call++) {
            assertThat(send("/api/notifications", "alice").statusCode()).as("call " + call).isEqualTo(503);
        }

        assertThat(breaker("notification").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void theWebModulesErrorPagesNeverOpenItsBreakerButItsOutageDoes() throws Exception {
        WireMockServer web = SERVICES.get("web");
        web.stubFor(get("/cohorts/crash").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html").withBody("<h1>Sorry, there is a problem with the service</h1>")));

        for (int call = 1; call <= 30; call++) {
            HttpResponse<String> crash = send("/cohorts/crash", "mallory");
            assertThat(crash.statusCode()).as("500 page number " + call + " passed on as web's own").isEqualTo(500);
            assertThat(crash.body()).contains("Sorry, there is a problem with the service");
        }
        assertThat(breaker("web").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker("web").getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(send("/cohorts", "alice").body()).isEqualTo("web");

        web.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        for (int call = 1; call <= 10; call++) {
            assertThat(send("/cohorts", "alice").statusCode()).as("call " + call).isEqualTo(503);
        }
        assertThat(breaker("web").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(send("/api/cohorts", "alice").body()).as("the services' routes").isEqualTo("cohort");
    }

    private CircuitBreaker breaker(String service) {
        return circuitBreakers.getCircuitBreakerRegistry().circuitBreaker(service);
    }

    private HttpResponse<String> send(String path, String bearer) {
        return new Http(port).request("GET", path).withoutHeader("Accept").authorization("Bearer " + bearer).send();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
