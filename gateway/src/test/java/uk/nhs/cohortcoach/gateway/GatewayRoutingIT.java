package uk.nhs.cohortcoach.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.cohortcoach.platform.test.Http;

/** The gateway in front of five stand-in services and a stand-in web module (WireMock), one per real one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final Map<String, WireMockServer> SERVICES = new LinkedHashMap<>();
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwZXJzb24ifQ.c2lnbmF0dXJl";

    static {
        for (String name : new String[] {"cohort", "coaching", "survey", "notification", "hub", "web"}) {
            WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            SERVICES.put(name, server);
        }
    }

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void serviceUris(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, server) -> registry.add("web".equals(name)
                ? "cohort-coach.gateway.web.uri" : "cohort-coach.gateway.services." + name + ".uri", server::baseUrl));
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/cohorts, cohort",
        "/api/cohorts/42/collaboratives, cohort",
        "/api/collaboratives/7, cohort",
        "/api/people?role=COACH, cohort",
        "/api/sessions/1, coaching",
        "/api/actions, coaching",
        "/api/frameworks/default, survey",
        "/api/waves/3/results, survey",
        "/api/respond/token-abc, survey",
        "/api/notifications, notification",
        "/api/preferences/me, notification",
        "/api/resources?q=equity, hub",
        "/api/resources/7/attachments/3, hub",
        "/api/open-events/9/calendar.ics, hub",
        "/api/open-events/registrations/token-abc, hub",
        "/api/member-organisations, hub",
    })
    void routesEachPrefixToTheServiceThatOwnsIt(String path, String service) throws Exception {
        HttpResponse<String> response = send(path, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(service);
        SERVICES.get(service).verify(getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void doesNotRouteAnApiPathNoServiceOwnsNorAnyOfTheGatewaysOwnPathsToTheWebModule() throws Exception {
        for (String path : List.of("/api/unknown/thing", "/auth/unknown", "/.well-known/unknown", "/gateway/fallback/web")) {
            assertThat(send(path, null).statusCode()).as(path).isEqualTo(404);
        }
        SERVICES.values().forEach(server -> assertThat(server.getAllServeEvents()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"/", "/sign-in?signin=failed", "/cohorts", "/cohorts/42", "/admin/no-such-page", "/assets/js/init.mjs"})
    void routesEveryOtherPathToTheWebModule(String path) throws Exception {
        HttpResponse<String> response = send(path, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("web");
        SERVICES.get("web").verify(getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void relaysTheSessionToTheWebModuleAsABearerTokenAndKeepsItsOtherCookies() throws Exception {
        HttpResponse<String> page = new Http(port).request("GET", "/cohorts").withoutHeader("Accept")
                .header("Cookie", "cohort_coach_session=" + TOKEN + "; XSRF-TOKEN=abc").send();

        assertThat(page.statusCode()).isEqualTo(200);
        SERVICES.get("web").verify(getRequestedFor(urlEqualTo("/cohorts"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Cookie", equalTo("XSRF-TOKEN=abc")));
    }

    @Test
    void passesAFormPostedWithTheSessionCookieToTheWebModuleUncheckedForItToCheckItsOwnCsrfField() throws Exception {
        HttpResponse<String> posted = new Http(port).request("POST", "/cohorts").withoutHeader("Accept")
                .header("Cookie", "cohort_coach_session=" + TOKEN + "; XSRF-TOKEN=abc")
                .body("application/x-www-form-urlencoded", "_csrf=abc&name=Cohort+7").send();
        HttpResponse<String> api = new Http(port).request("POST", "/api/cohorts").withoutHeader("Accept")
                .header("Cookie", "cohort_coach_session=" + TOKEN + "; XSRF-TOKEN=abc")
                .body("application/json", "{}").send();

        assertThat(posted.statusCode()).isEqualTo(200);
        SERVICES.get("web").verify(postRequestedFor(urlEqualTo("/cohorts"))
                .withRequestBody(equalTo("_csrf=abc&name=Cohort+7"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(api.statusCode()).as("an API change still needs the X-XSRF-TOKEN header").isEqualTo(403);
        SERVICES.get("cohort").verify(0, postRequestedFor(urlEqualTo("/api/cohorts")));
    }

    @Test
    void sendsTheOldPageAddressesAndTheWebJarsOfThePagesToTheWebModule() throws Exception {
        for (String path : List.of("/admin/cohorts", "/admin/", "/assets/app.css", "/assets/pages/cohorts.js",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "/webjars/chart.js/dist/chart.umd.min.js")) {
            assertThat(send(path, null).body()).as(path).isEqualTo("web");
        }
        // Swagger UI's WebJar stays the gateway's: WebPagesTest, and GatewayEdgeIT serves the UI
    }

    @Test
    void setsTheXsrfCookieOnTheGatewaysOwnAnswersButLeavesItToTheWebModuleOnItsPages() throws Exception {
        SERVICES.get("web").stubFor(get("/cohorts").willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", "XSRF-TOKEN=from-web; Path=/; SameSite=Strict").withBody("web")));

        HttpResponse<String> webPage = send("/cohorts", null);
        HttpResponse<String> gatewaysOwn = send("/auth/options", null);

        assertThat(webPage.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .containsExactly("XSRF-TOKEN=from-web; Path=/; SameSite=Strict");
        assertThat(gatewaysOwn.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .hasSize(1).allSatisfy(cookie -> assertThat(cookie).doesNotContain("from-web"));
    }

    @Test
    void createsACorrelationIdPassesItOnAndReturnsIt() throws Exception {
        HttpResponse<String> response = send("/api/cohorts", null);

        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(id)).isNotNull();
        SERVICES.get("cohort").verify(getRequestedFor(urlEqualTo("/api/cohorts"))
                .withHeader("X-Correlation-Id", equalTo(id)));
    }

    @Test
    void keepsTheCallersCorrelationIdEvenIfTheServiceAnswersAnother() throws Exception {
        SERVICES.get("coaching").stubFor(any(anyUrl()).willReturn(
                aResponse().withStatus(200).withHeader("X-Correlation-Id", "something-else")));

        HttpResponse<String> response = send("/api/sessions", "caller-123");

        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("caller-123");
        SERVICES.get("coaching").verify(getRequestedFor(urlEqualTo("/api/sessions"))
                .withHeader("X-Correlation-Id", equalTo("caller-123")));
    }

    @Test
    void replacesAnUnsafeCorrelationId() throws Exception {
        HttpResponse<String> response = send("/api/waves", "<script>alert(1)</script>");

        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(id)).isNotNull();
        SERVICES.get("survey").verify(getRequestedFor(urlEqualTo("/api/waves"))
                .withHeader("X-Correlation-Id", equalTo(id)));
    }

    @Test
    void reportsEveryServicesReadinessInItsHealth() throws Exception {
        SERVICES.get("notification").stubFor(get("/actuator/health/readiness")
                .willReturn(aResponse().withStatus(503).withBody("{\"status\":\"OUT_OF_SERVICE\"}")));

        HttpResponse<String> health = send("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body())
                .contains("\"cohort\":{\"status\":\"UP\"")
                .contains("\"coaching\":{\"status\":\"UP\"")
                .contains("\"survey\":{\"status\":\"UP\"")
                .contains("\"notification\":{\"status\":\"DOWN\"")
                .contains("\"web\":{\"status\":\"UP\"");
        assertThat(send("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void putsTheEdgesSecurityHeadersAndCorrelationIdOnTheWebModulesPages() throws Exception {
        HttpResponse<String> page = send("/", "page-1");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().allValues("X-Correlation-Id")).containsExactly("page-1");
        SERVICES.get("web").verify(getRequestedFor(urlEqualTo("/")).withHeader("X-Correlation-Id", equalTo("page-1")));
    }

    @Test
    void ignoresXForwardedProtoForHstsWhenForwardedHeadersAreNotTrusted() throws Exception {
        HttpResponse<String> page = new Http(port).request("GET", "/").withoutHeader("Accept")
                .header("X-Forwarded-Proto", "https").send();

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    }

    /** As a browser or probe calls the gateway: no {@code Accept}, a correlation id only if given. */
    private HttpResponse<String> send(String path, String correlationId) {
        Http.Request request = new Http(port).request("GET", path).withoutHeader("Accept");
        return (correlationId == null ? request : request.header("X-Correlation-Id", correlationId)).send();
    }
}
