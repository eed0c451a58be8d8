package uk.nhs.cohortcoach.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The sliding session (default settings: tokens last 15 minutes idle, sessions 10 hours at most) with tokens
 * signed by the gateway's own key at chosen times, in front of a WireMock stand-in for the services and web.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class GatewaySessionIT {

    private static final String COOKIE = "cohort_coach_session";
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final Duration MAX = Duration.ofHours(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer BEHIND = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        BEHIND.start();
    }

    @LocalServerPort
    private int port;

    @Autowired
    private RSAKey tokenSigningKey;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("cohort-coach.gateway.rate-limits.limits.sign-in.capacity", () -> "1000");
        for (String service : new String[] {"cohort", "coaching", "survey", "notification"}) {
            registry.add("cohort-coach.gateway.services." + service + ".uri", BEHIND::baseUrl);
        }
        registry.add("cohort-coach.gateway.web.uri", BEHIND::baseUrl);
    }

    @BeforeEach
    void answersEverything() {
        BEHIND.resetAll();
        BEHIND.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("behind")));
    }

    @AfterAll
    static void stop() {
        BEHIND.stop();
    }

    @Test
    void signingInSetsACookieLastingTheMaximumSessionLengthHoldingATokenLastingTheIdleTime() throws Exception {
        HttpResponse<String> login = request("POST", "/auth/login")
                .body("application/json", "{\"username\":\"coach\",\"password\":\"demo\"}").send();

        String cookie = sessionSetCookie(login);
        assertThat(maxAge(cookie)).isCloseTo(MAX.toSeconds(), within(5L));
        Jwt token = decode(cookieValue(cookie));
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(TTL);
        assertThat(token.getClaimAsInstant("auth_time")).isCloseTo(token.getIssuedAt(), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void renewsATokenWithLessThanHalfItsTimeLeftOnAnApiCallOrAPageInANewCookie() throws Exception {
        Instant now = Instant.now();
        Instant signedIn = now.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String old = token(tokenSigningKey, signedIn, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(5)));

        for (String path : List.of("/api/cohorts", "/cohorts")) {
            HttpResponse<String> response = request("GET", path).header("Cookie", COOKIE + "=" + old).send();

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String cookie = sessionSetCookie(response);
            assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Path=/");
            assertThat(maxAge(cookie)).as(path).isCloseTo(Duration.between(Instant.now(), signedIn.plus(MAX)).toSeconds(), within(5L));
            Jwt renewed = decode(cookieValue(cookie));
            assertThat(renewed.getSubject()).isEqualTo("person-7");
            assertThat(renewed.getClaimAsStringList("roles")).containsExactly("COACH");
            assertThat(renewed.getClaimAsString("name")).isEqualTo("Cara Coach");
            assertThat(renewed.getClaimAsInstant("auth_time")).isEqualTo(signedIn);
            assertThat(renewed.getExpiresAt()).isCloseTo(Instant.now().plus(TTL), within(5, ChronoUnit.SECONDS));
            BEHIND.verify(getRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + old)));
        }
    }

    @Test
    void leavesATokenWithMoreThanHalfItsTimeLeftAsItIs() throws Exception {
        Instant now = Instant.now();
        String fresh = token(tokenSigningKey, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(10)));

        HttpResponse<String> response = request("GET", "/api/cohorts").header("Cookie", COOKIE + "=" + fresh).send();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sessionSetCookies(response)).isEmpty();
    }

    @Test
    void capsARenewedTokenAtTheMaximumSessionLength() throws Exception {
        Instant now = Instant.now();
        Instant signedIn = now.minus(MAX).plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        String old = token(tokenSigningKey, signedIn, now.minus(Duration.ofMinutes(12)), now.plus(Duration.ofMinutes(3)));

        HttpResponse<String> response = request("GET", "/api/cohorts").header("Cookie", COOKIE + "=" + old).send();

        Jwt renewed = decode(cookieValue(sessionSetCookie(response)));
        assertThat(renewed.getExpiresAt()).isEqualTo(signedIn.plus(MAX));
    }

    @Test
    void neverRenewsAnExpiredTokenButStillRelaysItSoThatServicesAndWebKnowWhoItWas() throws Exception {
        Instant now = Instant.now();
        String expired = token(tokenSigningKey, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(5)));

        for (String path : List.of("/api/cohorts", "/cohorts")) {
            HttpResponse<String> response = request("GET", path).header("Cookie", COOKIE + "=" + expired).send();

            assertThat(sessionSetCookies(response)).as(path).isEmpty();
            BEHIND.verify(getRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + expired)));
        }
        assertThat(refresh(COOKIE + "=" + expired).statusCode()).isEqualTo(401);
    }

    @Test
    void neverRenewsATokenSignedWithAnotherKey() throws Exception {
        Instant now = Instant.now();
        String foreign = token(otherKey(), now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(5)));

        HttpResponse<String> response = request("GET", "/api/cohorts").header("Cookie", COOKIE + "=" + foreign).send();

        assertThat(sessionSetCookies(response)).isEmpty();
        assertThat(refresh(COOKIE + "=" + foreign).statusCode()).isEqualTo(401);
    }

    @Test
    void neverSetsTheSessionCookieTwiceWhenTheResponseSetsItItself() throws Exception {
        Instant now = Instant.now();
        String due = token(tokenSigningKey, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(5)));
        BEHIND.stubFor(get("/signed-in-again").willReturn(aResponse().withStatus(303).withHeader("Location", "/cohorts")
                .withHeader("Set-Cookie", COOKIE + "=from-sign-in; Path=/; HttpOnly; SameSite=Lax")));

        HttpResponse<String> signOut = request("POST", "/auth/logout").header("Cookie", COOKIE + "=" + due + "; XSRF-TOKEN=x")
                .header("X-XSRF-TOKEN", "x").send();
        HttpResponse<String> relayed = request("GET", "/signed-in-again").header("Cookie", COOKIE + "=" + due).send();

        assertThat(sessionSetCookies(signOut)).singleElement().satisfies(cookie -> assertThat(cookie).startsWith(COOKIE + "=;"));
        assertThat(sessionSetCookies(relayed)).containsExactly(COOKIE + "=from-sign-in; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void staysSignedInOnRequestWithANewCookieAndSaysUntilWhen() throws Exception {
        Instant now = Instant.now();
        Instant signedIn = now.minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String fresh = token(tokenSigningKey, signedIn, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(14)));

        HttpResponse<String> refreshed = refresh(COOKIE + "=" + fresh);

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(refreshed.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = JSON.readTree(refreshed.body());
        String cookie = sessionSetCookie(refreshed);
        Jwt renewed = decode(cookieValue(cookie));
        assertThat(sessionSetCookies(refreshed)).hasSize(1);
        assertThat(Instant.parse(body.get("expiresAt").asString())).isEqualTo(renewed.getExpiresAt());
        assertThat(Instant.parse(body.get("sessionEndsAt").asString())).isEqualTo(signedIn.plus(MAX));
        assertThat(renewed.getClaimAsInstant("auth_time")).isEqualTo(signedIn);
        assertThat(renewed.getId()).isNotEqualTo(decode(fresh).getId());
    }

    @Test
    void staysSignedInForTheWebModuleCallingWithTheBearerToken() throws Exception {
        Instant now = Instant.now();
        String fresh = token(tokenSigningKey, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(14)));

        HttpResponse<String> refreshed = request("POST", "/auth/refresh").header("Authorization", "Bearer " + fresh).send();

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(sessionSetCookies(refreshed)).hasSize(1);
    }

    @Test
    void refusesToRefreshWithoutASessionOrWithoutTheCsrfHeader() throws Exception {
        Instant now = Instant.now();
        String fresh = token(tokenSigningKey, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(14)));

        HttpResponse<String> none = request("POST", "/auth/refresh").send();
        HttpResponse<String> noCsrf = request("POST", "/auth/refresh").header("Cookie", COOKIE + "=" + fresh).send();

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(none.body()).get("detail").asString()).isEqualTo("You are not signed in.");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(sessionSetCookies(none)).isEmpty();
    }

    @Test
    void saysWhenTheTokenExpiresAndWhenTheSessionEnds() throws Exception {
        Instant now = Instant.now();
        Instant signedIn = now.minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(Duration.ofMinutes(12)).truncatedTo(ChronoUnit.SECONDS);
        String fresh = token(tokenSigningKey, signedIn, now.minus(Duration.ofMinutes(3)), expires);

        HttpResponse<String> me = request("GET", "/auth/me").header("Cookie", COOKIE + "=" + fresh).send();

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(me.body());
        assertThat(body.get("personId").asString()).isEqualTo("person-7");
        assertThat(Instant.parse(body.get("expiresAt").asString())).isEqualTo(expires);
        assertThat(Instant.parse(body.get("sessionEndsAt").asString())).isEqualTo(signedIn.plus(MAX));
    }

    private HttpResponse<String> refresh(String cookies) {
        return request("POST", "/auth/refresh").header("Cookie", cookies + "; XSRF-TOKEN=x").header("X-XSRF-TOKEN", "x").send();
    }

    private static String token(RSAKey key, Instant authTime, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("cohort-coach").subject("person-7")
                .claim("roles", List.of("COACH")).claim("name", "Cara Coach").claim("preferred_username", "coach")
                .claim("auth_time", authTime.getEpochSecond()).issuedAt(issuedAt).expiresAt(expiresAt)
                .id(UUID.randomUUID().toString()).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).type("JWT").build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(header, claims))
                .getTokenValue();
    }

    private static RSAKey otherKey() throws Exception {
        return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate();
    }

    private Jwt decode(String token) throws Exception {
        return NimbusJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey()).build().decode(token);
    }

    private static List<String> sessionSetCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(COOKIE + "=")).toList();
    }

    private static String sessionSetCookie(HttpResponse<String> response) {
        List<String> cookies = sessionSetCookies(response);
        assertThat(cookies).hasSize(1);
        return cookies.get(0);
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    private static long maxAge(String setCookie) {
        return Long.parseLong(setCookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
    }

    private Http.Request request(String method, String path) {
        return new Http(port).request(method, path).withoutHeader("Accept");
    }
}
