package uk.nhs.cohortcoach.notificationservice.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;

@NotificationIntegrationTest
class NotifyCallbackIT {

    private static final String NOTIFY = "Bearer " + NotifyStub.CALLBACK_TOKEN;
    private static final String PATH = "/api/notifications/callbacks/notify";

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    private Http http;
    private KafkaTestConsumer notifications;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        notifications = KafkaTestConsumer.onSharedBroker(Topics.NOTIFICATION);
    }

    @AfterEach
    void tearDown() {
        notifications.close();
    }

    @Test
    void deliveredReceiptSettlesTheMessageAndTellsThePlatformOnce() {
        Message sending = sending();

        HttpResponse<String> first = http.send("POST", PATH, NOTIFY, receipt(sending, "delivered"));
        HttpResponse<String> again = http.send("POST", PATH, NOTIFY, receipt(sending, "delivered"));

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(204);
        Message settled = mongo.findById(sending.id(), Message.class);
        assertThat(settled.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(settled.completedAt()).isEqualTo(java.time.Instant.parse("2026-03-01T09:00:05Z"));
        notifications.await(r -> r.key().equals(sending.id()) && r.value().contains("NotificationDelivered"), 1, Duration.ofSeconds(20));
        assertThat(notifications.collectFor(r -> r.key().equals(sending.id()), Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void permanentFailureReceiptMakesTheMessageRetryable() {
        Message sending = sending();

        assertThat(http.send("POST", PATH, NOTIFY, receipt(sending, "permanent-failure")).statusCode()).isEqualTo(204);

        Message failed = mongo.findById(sending.id(), Message.class);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(failed.lastError()).isEqualTo("Notify: permanent failure");
        notifications.await(r -> r.key().equals(sending.id()) && r.value().contains("NotificationFailed")
                && r.value().contains("\"permanent\":true"), 1, Duration.ofSeconds(20));
    }

    @Test
    void aReceiptForAMessageNobodyKnowsIsNotFoundAndChangesNothing() {
        Message sending = sending();

        assertThatProblem(http.send("POST", PATH, NOTIFY, "{\"id\":\"unknown\",\"reference\":\"unknown\",\"status\":\"delivered\"}"))
                .hasStatus(404);
        assertThat(mongo.findById(sending.id(), Message.class)).isEqualTo(sending);
    }

    private Message sending() {
        String person = Fixtures.person(mongo, "Mary Seacole");
        return Fixtures.message(mongo, person, DeliveryStatus.SENDING, "notify-" + java.util.UUID.randomUUID());
    }

    private static String receipt(Message message, String status) {
        return """
                {"id":"%s","reference":"%s","to":"someone@example.nhs.uk","status":"%s",
                 "created_at":"2026-03-01T09:00:00.000000Z","completed_at":"2026-03-01T09:00:05.000000Z",
                 "sent_at":"2026-03-01T09:00:01.000000Z","notification_type":"email",
                 "template_id":"f33517ff-2a88-4f6e-b855-c550268ce08a","template_version":1}
                """.formatted(message.providerReference(), message.id(), status);
    }
}
