package uk.nhs.cohortcoach.notificationservice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.NotificationServiceApplication;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;

/**
 * Two instances of the service over one database, both dispatching: every due message (reminders
 * included: they are due-time messages) is claimed by one of them and sent once.
 */
@NotificationIntegrationTest
class TwoInstancesIT {

    private static final int MESSAGES = 150;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Messages messages;

    @Autowired
    private Environment environment;

    @Autowired
    private MeterRegistry meters;

    @Test
    void twoInstancesSendEachDueReminderOnce() {
        NotifyStub.acceptingAfter(20);
        try (ConfigurableApplicationContext second = secondInstance()) {
            double firstBefore = sent(meters);
            double secondBefore = sent(second.getBean(MeterRegistry.class));
            List<String> ids = new ArrayList<>();
            Instant due = Instant.now().plusSeconds(2);
            for (int i = 0; i < MESSAGES; i++) {
                String person = Fixtures.person(mongo, "Person " + i);
                NewMessage reminder = new NewMessage("session:two-instances-" + UUID.randomUUID() + "@" + due, person,
                        Purpose.SESSION_REMINDER, "session-two", UUID.randomUUID().toString(), "SessionScheduled", Instant.now(), due,
                        Map.of("title", "Team coaching"), null);
                messages.enqueue(reminder);
                ids.add(reminder.id());
            }

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(ids)
                    .allSatisfy(id -> assertThat(mongo.findById(id, Message.class).status()).isEqualTo(DeliveryStatus.SENDING)));

            for (String id : ids) {
                List<ServeEvent> requests = NotifyStub.requestsMentioning(id);
                assertThat(requests).as("emails for message %s", id).hasSize(1);
            }
            double byFirst = sent(meters) - firstBefore;
            double bySecond = sent(second.getBean(MeterRegistry.class)) - secondBefore;
            assertThat(byFirst + bySecond).isEqualTo(MESSAGES);
            assertThat(byFirst).as("sent by the first instance").isPositive();
            assertThat(bySecond).as("sent by the second instance").isPositive();
        } finally {
            NotifyStub.accepting();
        }
    }

    private ConfigurableApplicationContext secondInstance() {
        List<String> properties = new ArrayList<>();
        for (String name : List.of("spring.kafka.bootstrap-servers", "spring.mongodb.uri", "spring.mongodb.database",
                "cohort-coach.security.issuer", "cohort-coach.security.jwks-uri", "cohort-coach.notify.api-key",
                "cohort-coach.notify.base-url", "cohort-coach.notify.callback-token",
                "cohort-coach.notifications.dispatch.poll-interval")) {
            String value = environment.getProperty(name);
            if (value != null) {
                properties.add("--" + name + "=" + value);
            }
        }
        properties.add("--server.port=0");
        properties.add("--cohort-coach.notifications.dispatch.instance=second");
        // the second instance only dispatches: its listeners would join the first's consumer groups
        properties.add("--spring.kafka.listener.auto-startup=false");
        properties.add("--cohort-coach.outbox.enabled=false");
        // command-line arguments: they outrank application.yml, as the test context's properties do
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(properties.toArray(String[]::new));
    }

    private static double sent(MeterRegistry registry) {
        return registry.find("notifications.sent").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
