package uk.nhs.cohortcoach.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code prod} profile refuses unsafe sign-in configuration at start-up, and runs with a safe one. */
@ExtendWith(OutputCaptureExtension.class)
class GatewayProductionProfileIT {

    private static final String PASSWORD = "key-store-secret";
    private static final String ALIAS = "token-signing";
    private static Path keyStore;

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
        assertThatThrownBy(() -> start(List.of("prod", "demo"), withKeyStore()))
                .rootCause().isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("Demo accounts are enabled but the 'prod' profile is active");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Demo accounts are enabled but the 'prod' profile is active")
                .contains("AUTH_DEMO_ACCOUNTS_ENABLED=false");
    }

    @Test
    void refusesToStartWhenDemoAccountsAreSwitchedOnUnderProd() {
        List<String> properties = withKeyStore();
        properties.add("cohort-coach.auth.sign-in.demo-accounts.enabled=true");

        assertThatThrownBy(() -> start(List.of("prod"), properties))
                .rootCause().isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("Demo accounts are enabled");
    }

    @Test
    void refusesToStartWithoutASigningKeyStore(CapturedOutput output) {
        assertThatThrownBy(() -> start(List.of("prod"), new ArrayList<>()))
                .rootCause().isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("no token signing key store is configured");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Set AUTH_KEY_STORE");
    }

    @Test
    void startsWithAKeyStoreAndNoDemoAccountsAndSignsWithTheKeyStoresKey() throws Exception {
        try (ConfigurableApplicationContext gateway = start(List.of("prod"), withKeyStore())) {
            String base = "http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> jwks = http.send(HttpRequest.newBuilder(URI.create(base + "/.well-known/jwks.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode key = JsonMapper.builder().build().readTree(jwks.body()).get("keys").get(0);
            BigInteger published = new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asString()));
            assertThat(published).isEqualTo(keyStoreModulus());

            HttpResponse<String> demoLogin = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"manager\",\"password\":\"demo\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(demoLogin.statusCode()).as("no demo accounts in production").isEqualTo(401);
        }
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
