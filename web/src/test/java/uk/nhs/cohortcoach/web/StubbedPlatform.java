package uk.nhs.cohortcoach.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;
import uk.nhs.cohortcoach.platform.test.TestTokens;

/**
 * The platform as a page test sees it: one WireMock server standing in for the gateway's {@code /auth}
 * endpoints and all four services' APIs, and the test JWKS (tokens from {@link TestTokens}). One per test
 * JVM, so every page test shares one Spring context; {@link #reset()} before each test.
 */
public final class StubbedPlatform implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final WireMockServer API = start();

    /** A Mongo wire server in this JVM (web keeps unsaved forms in MongoDB). */
    private static final String MONGO_URI = startMongo();

    private static String startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort() + "/web";
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().http2PlainDisabled(true));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "web.public-url=https://coach.example.nhs.uk/",
                "web.gateway=" + API.baseUrl(),
                "web.api.cohort=" + API.baseUrl(),
                "web.api.coaching=" + API.baseUrl(),
                "web.api.survey=" + API.baseUrl(),
                "web.api.notification=" + API.baseUrl(),
                "web.api.hub=" + API.baseUrl(),
                "web.api.read-timeout=4s",
                "web.auth.issuer=" + TestTokens.ISSUER,
                "web.auth.jwks-uri=" + SharedInfrastructure.jwksUri(),
                "spring.mongodb.uri=" + MONGO_URI)
                .applyTo(context);
        FilterRegistrationBean<NoHttpSession> noSession = new FilterRegistrationBean<>(new NoHttpSession());
        noSession.setOrder(Ordered.HIGHEST_PRECEDENCE);
        context.getBeanFactory().registerSingleton("noHttpSession", noSession);
    }

    /** Forgets every stub and request, then offers password sign-in and no OIDC provider. */
    public static void reset() {
        API.resetAll();
        API.stubFor(get(urlEqualTo("/auth/options")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"passwordSignIn\":true,\"providers\":[]}")));
    }
}
