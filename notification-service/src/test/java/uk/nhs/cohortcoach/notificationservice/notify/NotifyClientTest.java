package uk.nhs.cohortcoach.notificationservice.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.client.RestClient;

/** The client's failures that need no HTTP server (those that do are in {@link NotifyChannelIT}). */
class NotifyClientTest {

    private static final Email EMAIL = new Email("survey-invitation", "someone@example.nhs.uk", Map.of(), "msg-1");

    @Test
    void reportsARefusedConnectionAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        NotifyClient client = client("http://127.0.0.1:" + closedPort, Map.of("survey-invitation", "00000000-0000-4000-8000-000000000008"));

        assertThatExceptionOfType(NotifyUnavailableException.class).isThrownBy(() -> client.send(EMAIL))
                .withMessageStartingWith("GOV.UK Notify could not be reached")
                .withMessageNotContaining("someone@example.nhs.uk");
    }

    @Test
    void rejectsATemplateWithoutANotifyIdWithoutCallingNotify() {
        NotifyClient client = client("http://127.0.0.1:1", Map.of());

        assertThatExceptionOfType(NotifyRejectedException.class).isThrownBy(() -> client.send(EMAIL))
                .satisfies(e -> assertThat(e.status()).isZero())
                .withMessageContaining("survey-invitation");
    }

    private static NotifyClient client(String baseUrl, Map<String, String> templates) {
        NotifyProperties properties = new NotifyProperties(NotifyApiKeyTest.KEY, java.net.URI.create(baseUrl),
                Duration.ofSeconds(1), templates, "", false, false);
        ObjectProvider<RestClient.Builder> noBuilder = new StaticListableBeanFactory().getBeanProvider(RestClient.Builder.class);
        RestClient restClient = EmailChannelConfiguration.restClient(properties, noBuilder);
        return new NotifyClient(restClient, new NotifyJwt(NotifyApiKey.parse(NotifyApiKeyTest.KEY), Clock.systemUTC()),
                templates::get);
    }
}
