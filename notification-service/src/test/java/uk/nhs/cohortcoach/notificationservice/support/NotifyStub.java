package uk.nhs.cohortcoach.notificationservice.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.UUID;

/**
 * One WireMock server per test JVM standing in for GOV.UK Notify's email endpoint. By default it
 * accepts every email (201 with a fresh notification id, as Notify answers); tests switch it to an
 * outage and back. Tests tell their requests apart by the email address or the reference.
 */
public final class NotifyStub {

    public static final String PATH = "/v2/notifications/email";
    public static final String SERVICE_ID = "5b6c2e1a-8f3d-4e2b-9a7c-1d0e2f3a4b5c";
    public static final String SECRET = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
    public static final String API_KEY = "cohort_coach_test-" + SERVICE_ID + "-" + SECRET;
    public static final String CALLBACK_TOKEN = "test-callback-token-" + UUID.nameUUIDFromBytes("callback".getBytes());

    private static WireMockServer server;

    private NotifyStub() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().containerThreads(20).asynchronousResponseEnabled(false));
            server.start();
            accepting();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "notify-stub-stop"));
        }
        return server;
    }

    public static String baseUrl() {
        return server().baseUrl();
    }

    /** Notify up: 201 with a fresh id for every email. */
    public static void accepting() {
        acceptingAfter(0);
    }

    /** Notify up but taking its time: 201 after the given delay. */
    public static void acceptingAfter(int millis) {
        server().resetMappings();
        server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(201).withFixedDelay(millis)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"{{randomValue type='UUID'}}\",\"reference\":\"{{jsonPath request.body '$.reference'}}\"}")
                .withTransformers("response-template")));
    }

    /** Notify down: 500 for every email. */
    public static void failing() {
        server().resetMappings();
        server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\":500,\"errors\":[{\"error\":\"Exception\",\"message\":\"Internal server error\"}]}")));
    }

    /** Notify unreachable: the connection is dropped. */
    public static void unreachable() {
        server().resetMappings();
        server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Every email request received so far whose body mentions the text (an address or a reference). */
    public static List<ServeEvent> requestsMentioning(String text) {
        return server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(PATH))
                .filter(event -> event.getRequest().getBodyAsString().contains(text))
                .toList();
    }
}
