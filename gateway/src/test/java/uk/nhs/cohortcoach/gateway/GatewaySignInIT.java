package uk.nhs.cohortcoach.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * Signing in at the gateway (demo profile) in front of a WireMock stand-in for the services and
 * a WireMock stand-in OIDC provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class GatewaySignInIT {

    private static final String MANAGER_ID = "6f1c2b7e-3a54-4c1e-9d2a-1b0e7a5c0001";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer SERVICE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        SERVICE.start();
    }

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        // These tests sign in more often than one client may per minute; GatewayEdgeIT tests that limit.
        registry.add("cohort-coach.gateway.rate-limits.limits.sign-in.capacity", () -> "1000");
        for (String service : new String[] {"cohort", "coaching", "survey", "notification"}) {
            registry.add("cohort-coach.gateway.services." + service + ".uri", SERVICE::baseUrl);
        }
        registry.add("cohort-coach.gateway.web.uri", SERVICE::baseUrl);
        // A production-like OIDC provider, configured only through properties.
        registry.add("spring.security.oauth2.client.registration.entra.client-id", () -> "cohort-coach-gateway");
        registry.add("spring.security.oauth2.client.registration.entra.client-secret", () -> "not-a-real-secret");
        registry.add("spring.security.oauth2.client.registration.entra.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.registration.entra.authorization-grant-type", () -> "authorization_code");
        registry.add("spring.security.oauth2.client.registration.entra.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.entra.authorization-uri", () -> SERVICE.baseUrl() + "/oidc/authorize");
        registry.add("spring.security.oauth2.client.provider.entra.token-uri", () -> SERVICE.baseUrl() + "/oidc/token");
        registry.add("spring.security.oauth2.client.provider.entra.jwk-set-uri", () -> SERVICE.baseUrl() + "/oidc/keys");
        registry.add("spring.security.oauth2.client.provider.entra.user-name-attribute", () -> "sub");
    }

    @BeforeEach
    void serviceEchoesNothing() {
        SERVICE.resetAll();
        SERVICE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("service")));
    }

    @AfterAll
    static void stopService() {
        SERVICE.stop();
    }

    @Test
    void signsInADemoAccountWithATokenThatVerifiesAgainstThePublishedJwks() throws Exception {
        HttpResponse<String> response = login("manager", "demo", "sign-in-ok");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        JsonNode body = JSON.readTree(response.body());
        String token = body.get("token").asString();
        assertThat(body.get("roles").toString()).isEqualTo("[\"PROGRAMME_MANAGER\"]");

        // Verified as a service would: signature against the gateway's JWKS over HTTP, issuer, expiry.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/.well-known/jwks.json")).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer("cohort-coach"));
        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getSubject()).isEqualTo(MANAGER_ID);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROGRAMME_MANAGER");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("manager");
        assertThat(jwt.getClaimAsString("name")).isNotBlank();
        assertThat(jwt.getId()).isNotBlank();
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(jwt.getIssuedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
        assertThat(Instant.parse(body.get("expiresAt").asString()).getEpochSecond())
                .isEqualTo(jwt.getExpiresAt().getEpochSecond());

        JWSObject jws = JWSObject.parse(token);
        JsonNode jwks = JSON.readTree(request("GET", "/.well-known/jwks.json").send().body());
        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jws.getHeader().getKeyID()).isNotBlank().isEqualTo(jwks.get("keys").get(0).get("kid").asString());
    }

    @Test
    void setsAnHttpOnlySameSiteLaxSessionCookieHoldingTheToken() throws Exception {
        HttpResponse<String> response = login("manager", "demo", null);

        String token = JSON.readTree(response.body()).get("token").asString();
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("cohort_coach_session=" + token + ";")
                .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").contains("Max-Age=")
                .doesNotContain("Secure");
    }

    @Test
    void publishesOnlyThePublicKey() throws Exception {
        HttpResponse<String> response = request("GET", "/.well-known/jwks.json").send();

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode key = JSON.readTree(response.body()).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("use").asString()).isEqualTo("sig");
        assertThat(key.has("n")).isTrue();
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi")) {
            assertThat(key.has(privatePart)).as(privatePart).isFalse();
        }
    }

    @Test
    void refusesWrongCredentialsWithTheSame401ProblemWhicheverPartWasWrong() throws Exception {
        HttpResponse<String> wrongPassword = login("member", "not-demo", "wrong-password");
        HttpResponse<String> unknownUser = login("nobody-" + System.nanoTime(), "demo", "unknown-user");

        for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(response.body()).doesNotContain("token\"").doesNotContain("Exception");
        }
        assertThat(wrongPassword.body()).contains("\"correlationId\":\"wrong-password\"");
        assertThat(unknownUser.body()).contains("\"correlationId\":\"unknown-user\"");
        assertThat(detail(wrongPassword)).isEqualTo(detail(unknownUser)).isEqualTo("The username or password is not right.");
    }

    @Test
    void throttlesRepeatedFailuresForAUsernameFromOneClientWith429AndRetryAfter() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login("coach", "guess-" + attempt, null).statusCode()).as("failure " + attempt).isEqualTo(401);
        }

        HttpResponse<String> throttled = login("coach", "demo", "throttled");

        assertThat(throttled.statusCode()).as("even the right password, once throttled").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.body()).contains("\"correlationId\":\"throttled\"");
        assertThat(login("manager", "demo", null).statusCode()).as("another username is not throttled").isEqualTo(200);
    }

    @Test
    void answersABodyWithoutCredentialsWith400Problem() throws Exception {
        for (String body : List.of("{\"username\":\"manager\"}", "{not json", "")) {
            HttpResponse<String> response = request("POST", "/auth/login").body("application/json", body).send();
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(body).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        HttpResponse<String> form = request("POST", "/auth/login")
                .body("application/x-www-form-urlencoded", "username=manager&password=demo").send();
        assertThat(form.statusCode()).as("a cross-site form cannot sign anyone in").isEqualTo(415);
    }

    @Test
    void signOutClearsTheSessionCookie() throws Exception {
        HttpResponse<String> response = request("POST", "/auth/logout").send();

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("cohort_coach_session=;").contains("Max-Age=0").contains("HttpOnly").contains("Path=/"));
    }

    @Test
    void relaysTheSessionCookieToTheServiceAsABearerTokenAndNotAsACookie() throws Exception {
        String token = JSON.readTree(login("manager", "demo", null).body()).get("token").asString();

        HttpResponse<String> response = request("GET", "/api/cohorts/42")
                .header("Cookie", "theme=dark; cohort_coach_session=" + token).send();

        assertThat(response.statusCode()).isEqualTo(200);
        SERVICE.verify(getRequestedFor(urlEqualTo("/api/cohorts/42"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Cookie", equalTo("theme=dark")));
    }

    @Test
    void keepsTheAuthorizationHeaderACallerSent() throws Exception {
        String token = JSON.readTree(login("manager", "demo", null).body()).get("token").asString();

        request("GET", "/api/sessions").header("Authorization", "Bearer caller-token")
                .header("Cookie", "cohort_coach_session=" + token).send();

        SERVICE.verify(getRequestedFor(urlEqualTo("/api/sessions"))
                .withHeader("Authorization", equalTo("Bearer caller-token"))
                .withHeader("Cookie", absent()));
    }

    @Test
    void passesARequestWithoutCookieOrTokenToTheServiceUntouched() throws Exception {
        request("GET", "/api/waves").send();

        SERVICE.verify(getRequestedFor(urlEqualTo("/api/waves")).withHeader("Authorization", absent()));
    }

    @Test
    void startsOidcSignInWhenAProviderIsConfigured() throws Exception {
        HttpResponse<String> response = request("GET", "/oauth2/authorization/entra").send();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(SERVICE.baseUrl() + "/oidc/authorize?")
                .contains("response_type=code")
                .contains("client_id=cohort-coach-gateway")
                .contains("scope=openid")
                .contains("redirect_uri="));
    }

    @Test
    void listsTheConfiguredProviderAndPasswordSignInAsTheWaysToSignIn() throws Exception {
        HttpResponse<String> options = request("GET", "/auth/options").send();

        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(JSON.readTree(options.body())).isEqualTo(JSON.readTree("""
                {"passwordSignIn":true,"providers":[{"id":"entra","label":"Sign in with your NHS account",
                 "path":"/oauth2/authorization/entra"}]}"""));
    }

    @Test
    void sendsAFailedOidcSignInBackToTheWebModulesSignInPage() throws Exception {
        HttpResponse<String> failed = request("GET", "/login/oauth2/code/entra?code=abc&state=not-ours").send();

        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location")).hasValue("/sign-in?signin=failed");
    }

    private HttpResponse<String> login(String username, String password, String correlationId) throws Exception {
        Http.Request request = request("POST", "/auth/login")
                .body("application/json", JSON.writeValueAsString(Map.of("username", username, "password", password)));
        return (correlationId == null ? request : request.header("X-Correlation-Id", correlationId)).send();
    }

    private static String detail(HttpResponse<String> problem) {
        return JSON.readTree(problem.body()).get("detail").asString();
    }

    /** As a browser calls the gateway: no {@code Accept} unless a test sets one. */
    private Http.Request request(String method, String path) {
        return new Http(port).request(method, path).withoutHeader("Accept");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
