package uk.nhs.cohortcoach.notificationservice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * GOV.UK Notify answering 500, then unreachable, then back: messages wait and are retried, the
 * circuit opens (and the metrics say so; what it refuses is not counted as an attempt), and after recovery each
 * message is accepted exactly once.
 */
@NotificationIntegrationTest
class ProviderOutageIT {

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Messages messages;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @AfterEach
    void notifyBackUp() {
        NotifyStub.accepting();
    }

    @Test
    void deliversEveryMessageOnceAfterAnOutageWithTheCircuitOpenMeanwhile() throws Exception {
        NotifyStub.failing();
        List<String> ids = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String person = Fixtures.person(mongo, "Person " + i);
            people.add(person);
            NewMessage message = new NewMessage("outage-" + UUID.randomUUID(), person, Purpose.SESSION_INVITATION, "session-x",
                    UUID.randomUUID().toString(), "SessionScheduled", Instant.now(), Instant.now(), Map.of("title", "Board coaching"), null);
            assertThat(messages.enqueue(message)).isTrue();
            ids.add(message.id());
        }

        CircuitBreaker circuit = circuitBreakers.circuitBreaker("notify");
        await().atMost(Duration.ofSeconds(30)).until(() -> circuit.getState() == CircuitBreaker.State.OPEN);
        String metrics = prometheus();
        assertThat(metrics).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"notify\"[^}]*state=\"open\"[^}]*} 1.0");
        assertThat(metrics).contains("notifications_retried_total");
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> !stored(id).history().isEmpty()));
        assertThat(ids).allSatisfy(id -> {
            Message waiting = stored(id);
            assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(waiting.lastError()).isNotBlank();
            // a hand-over the open circuit refused never called Notify, so it is not an attempt
            if (waiting.attempts() == 0) {
                assertThat(waiting.lastError()).contains("not tried");
            }
        });
        assertThat(ids).as("messages whose hand-over reached Notify and failed").anySatisfy(id -> assertThat(stored(id).attempts())
                .isPositive());

        NotifyStub.unreachable();
        int requestsBefore = NotifyStub.server().getAllServeEvents().size();
        await().atMost(Duration.ofSeconds(30)).until(() -> NotifyStub.server().getAllServeEvents().size() > requestsBefore);
        assertThat(ids).allSatisfy(id -> assertThat(stored(id).status()).isEqualTo(DeliveryStatus.PENDING));

        NotifyStub.accepting();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(ids).allSatisfy(id -> assertThat(stored(id).status()).isEqualTo(DeliveryStatus.SENDING)));
        await().atMost(Duration.ofSeconds(20)).until(() -> circuit.getState() == CircuitBreaker.State.CLOSED);
        for (int i = 0; i < ids.size(); i++) {
            List<ServeEvent> accepted = NotifyStub.requestsMentioning(ids.get(i)).stream()
                    .filter(event -> event.getResponse().getStatus() == 201).toList();
            assertThat(accepted).as("accepted emails for message %s", ids.get(i)).hasSize(1);
            assertThat(accepted.get(0).getRequest().getBodyAsString()).contains(Fixtures.emailOf(people.get(i)));
            assertThat(stored(ids.get(i)).providerReference()).isNotBlank();
        }
    }

    private String prometheus() {
        return new Http(port).request("GET", "/actuator/prometheus").header("Accept", "text/plain").send().body();
    }

    private Message stored(String id) {
        return mongo.findById(id, Message.class);
    }
}
