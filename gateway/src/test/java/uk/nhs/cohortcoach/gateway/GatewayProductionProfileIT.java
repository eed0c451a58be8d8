package uk.nhs.cohortcoach.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The {@code prod} profile refuses unsafe or incomplete sign-in configuration at start-up, naming what is
 * missing, and runs with a complete one. The OIDC provider is a WireMock stand-in that answers discovery,
 * which Spring Security asks at start for the configured issuer.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewayProductionProfileIT {

    private static final String PASSWORD = "key-store-secret";
    private static final String ALIAS = "token-signing";
    private static final WireMockServer PROVIDER = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private static Path keyStore;
    private static ConfigurableApplicationContext complete;

    @BeforeAll
    static void startOidcProvider() {
        PROVIDER.start();
        String issuer = PROVIDER.baseUrl() + "/issuer";
        PROVIDER.stubFor(get("/issuer/.well-known/openid-configuration").willReturn(okJson("""
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "userinfo_endpoint": "%1$s/userinfo", "response_types_supported": ["code"],
                 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
                 "scopes_supported": ["openid", "profile", "email"]}""".formatted(issuer))));
    }

    @AfterAll
    static void stopOidcProvider() {
        PROVIDER.stop();
    }

    @BeforeAll
    static void createKeyStore() throws Exception {
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        keyStore = Files.createTempFile(target, "token-signing-", ".p12");
        Files.delete(keyStore);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA",
                "-keysize", "2048", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-dname", "CN=cohort-coach-test", "-validity", "2").redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void refusesToStartWithTheDemoProfileAlongsideProd(CapturedOutput output) {
        assertThatThrownBy(() -> start(List.of("prod", "demo"), complete()))
                .rootCause().isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("Demo accounts are enabled but the 'prod' profile is active");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Demo accounts are enabled but the 'prod' profile is active")
                .contains("AUTH_DEMO_ACCOUNTS_ENABLED=false");
    }

    @Test
    void refusesToStartWhenDemoAccountsAreSwitchedOnUnderProd() {
        List<String> properties = complete();
        properties.add("cohort-coach.auth.sign-in.demo-accounts.enabled=true");

        assertThatThrownBy(() -> start(List.of("prod"), properties))
                .rootCause().isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("Demo accounts are enabled");
    }

    @Test
    void refusesToStartWithoutASigningKeyStore(CapturedOutput output) {
        assertThatThrownBy(() -> start(List.of("prod"), withOidc()))
                .rootCause().isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("no token signing key store is configured");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Set AUTH_KEY_STORE");
    }

    @Test
    void startsWithAKeyStoreAndNoDemoAccountsAndSignsWithTheKeyStoresKey() throws Exception {
        Http gateway = completeGateway();

        HttpResponse<String> jwks = gateway.request("GET", "/.well-known/jwks.json").withoutHeader("Accept").send();
        JsonNode key = Http.JSON.readTree(jwks.body()).get("keys").get(0);
        BigInteger published = new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asString()));
        assertThat(published).isEqualTo(keyStoreModulus());

        HttpResponse<String> demoLogin = gateway.request("POST", "/auth/login").withoutHeader("Accept")
                .body("application/json", "{\"username\":\"manager\",\"password\":\"demo\"}").send();
        assertThat(demoLogin.statusCode()).as("no demo accounts in production").isEqualTo(401);
    }

    @Test
    void offersOnlyTheOidcProviderAsAWayToSignInAndSaysPasswordSignInIsOff() {
        Http gateway = completeGateway();

        HttpResponse<String> options = gateway.request("GET", "/auth/options").withoutHeader("Accept").send();
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(Http.JSON.readTree(options.body())).isEqualTo(Http.JSON.readTree("""
                {"passwordSignIn":false,"providers":[{"id":"cis2","label":"Sign in with your NHS account",
                 "path":"/oauth2/authorization/cis2"}]}"""));

        HttpResponse<String> start = gateway.request("GET", "/oauth2/authorization/cis2").withoutHeader("Accept").send();
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(PROVIDER.baseUrl() + "/issuer/authorize?").contains("client_id=cohort-coach-gateway"));

        HttpResponse<String> login = gateway.request("POST", "/auth/login").withoutHeader("Accept")
                .body("application/json", "{\"username\":\"manager\",\"password\":\"demo\"}").send();
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.JSON.readTree(login.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://cohort-coach.nhs.uk/problems/password-sign-in-off");
        assertThat(problem.get("detail").asString()).contains("switched off");
    }

    /** One gateway with the complete production configuration, started by the first test that needs it (not one per test). */
    private static Http completeGateway() {
        if (complete == null) {
            complete = start(List.of("prod"), complete());
        }
        return new Http(Integer.parseInt(complete.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stopCompleteGateway() {
        if (complete != null) {
            complete.close();
        }
    }

    // --- the OIDC client registration: each setting missing in turn

    @Test
    void refusesToStartWithoutAnyOidcClientRegistration(CapturedOutput output) {
        // checked as soon as the configuration is read, before any bean: the exception is the failure itself
        assertThatThrownBy(() -> start(List.of("prod"), withKeyStore()))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("no OIDC client registration is configured");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_<ID>_CLIENT_ID")
                .contains("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_<ID>_CLIENT_SECRET")
                .contains("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_<ID>_ISSUER_URI");
    }

    @Test
    void refusesToStartWithoutTheOidcClientIdNamingItAndItsVariable(CapturedOutput output) {
        assertRefusedWithout("spring.security.oauth2.client.registration.cis2.client-id",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CIS2_CLIENT_ID", output);
    }

    @Test
    void refusesToStartWithoutTheOidcClientSecretNamingItAndItsVariable(CapturedOutput output) {
        assertRefusedWithout("spring.security.oauth2.client.registration.cis2.client-secret",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CIS2_CLIENT_SECRET", output);
    }

    @Test
    void refusesToStartWithoutTheOidcIssuerNamingItAndItsVariable(CapturedOutput output) {
        assertRefusedWithout("spring.security.oauth2.client.provider.cis2.issuer-uri",
                "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_CIS2_ISSUER_URI", output);
    }

    private static void assertRefusedWithout(String property, String variable, CapturedOutput output) {
        List<String> properties = complete();
        assertThat(properties.removeIf(setting -> setting.startsWith(property + "="))).as(property).isTrue();

        assertThatThrownBy(() -> start(List.of("prod"), properties))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("OIDC client registration is incomplete")
                .hasMessageContaining(property).hasMessageContaining(variable);
        assertThat(output).contains("APPLICATION FAILED TO START").contains(property).contains(variable);
    }

    /** Everything production needs: the signing key store and an OIDC client registration. */
    private static List<String> complete() {
        List<String> properties = withKeyStore();
        properties.addAll(withOidc());
        return properties;
    }

    private static List<String> withOidc() {
        return new ArrayList<>(List.of(
                "spring.security.oauth2.client.registration.cis2.client-id=cohort-coach-gateway",
                "spring.security.oauth2.client.registration.cis2.client-secret=not-a-real-secret",
                "spring.security.oauth2.client.registration.cis2.scope=openid",
                "spring.security.oauth2.client.provider.cis2.issuer-uri=" + PROVIDER.baseUrl() + "/issuer"));
    }

    private static List<String> withKeyStore() {
        return new ArrayList<>(List.of(
                "cohort-coach.auth.token.signing-key.key-store=" + keyStore,
                "cohort-coach.auth.token.signing-key.key-store-password=" + PASSWORD,
                "cohort-coach.auth.token.signing-key.alias=" + ALIAS));
    }

    private static ConfigurableApplicationContext start(List<String> profiles, List<String> properties) {
        // as command-line arguments: they must win over application.yml, as environment variables would
        List<String> arguments = new ArrayList<>();
        properties.forEach(property -> arguments.add("--" + property));
        arguments.add("--server.port=0");
        arguments.add("--spring.main.banner-mode=off");
        return new SpringApplicationBuilder(GatewayApplication.class)
                .profiles(profiles.toArray(String[]::new))
                .run(arguments.toArray(String[]::new));
    }

    private static BigInteger keyStoreModulus() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return ((RSAPublicKey) store.getCertificate(ALIAS).getPublicKey()).getModulus();
    }
}
