package uk.nhs.cohortcoach.platform.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.support.messaging.MessagingTestApplication.CountingListener;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
@TestPropertySource("classpath:messaging-test.properties")
@ExtendWith(OutputCaptureExtension.class)
class InboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DLT = MessagingTestApplication.TOPIC + ".DLT";

    @Autowired
    private KafkaTemplate<Object, Object> kafka;

    @Autowired
    private CountingListener listener;

    @Autowired
    private org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void handlesAnEventOnceWhenItIsDeliveredThreeTimes() throws Exception {
        String id = UUID.randomUUID().toString();
        String record = envelope(id, "corr-once");

        for (int i = 0; i < 3; i++) {
            kafka.send(MessagingTestApplication.TOPIC, id, record).get();
        }

        await().atMost(WAIT).until(() -> listener.deliveries.containsKey(record) && listener.deliveries.get(record).get() == 3);
        assertThat(listener.effects(id)).isEqualTo(1);
        assertThat(listener.attempts.get(id).get()).isEqualTo(1);
    }

    @Test
    void sendsAnUnreadableRecordToTheDeadLetterTopicAndGoesOnWithTheNext() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.onSharedBroker(DLT)) {
            kafka.send(MessagingTestApplication.TOPIC, poisonKey, "{this is not an event").get();
            kafka.send(MessagingTestApplication.TOPIC, next, envelope(next, "corr-next")).get();

            ConsumerRecord<String, String> dead = deadLetters.await(r -> poisonKey.equals(r.key()), 1, WAIT).get(0);
            assertThat(dead.value()).isEqualTo("{this is not an event");
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("not an event envelope");
            assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(MessagingTestApplication.TOPIC);
        }
        await().atMost(WAIT).until(() -> listener.effects(next) == 1);
    }

    @Test
    void retriesAFailingHandlerWithBackOffThenDeadLettersItAndGoesOn() throws Exception {
        String failing = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        listener.failing.add(failing);
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.onSharedBroker(DLT)) {
            kafka.send(MessagingTestApplication.TOPIC, failing, envelope(failing, "corr-fail")).get();
            kafka.send(MessagingTestApplication.TOPIC, next, envelope(next, "corr-after")).get();

            ConsumerRecord<String, String> dead = deadLetters.await(r -> failing.equals(r.key()), 1, WAIT).get(0);
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("handler failed for " + failing);
            assertThat(EventJson.read(dead.value()).aggregateId()).isEqualTo(failing);
        }
        assertThat(listener.attempts.get(failing).get()).as("first attempt and three retries").isEqualTo(4);
        assertThat(listener.effects(failing)).isZero();
        await().atMost(WAIT).until(() -> listener.effects(next) == 1);
    }

    @Test
    void skipsAnEventTypeItDoesNotKnowWithoutFailing() throws Exception {
        String unknown = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        ObjectNode tree = (ObjectNode) JsonMapper.builder().build().readTree(envelope(unknown, "corr-unknown"));
        tree.put("type", "CohortTeleported");
        String unknownRecord = tree.toString();

        kafka.send(MessagingTestApplication.TOPIC, unknown, unknownRecord).get();
        kafka.send(MessagingTestApplication.TOPIC, next, envelope(next, "corr-known")).get();

        await().atMost(WAIT).until(() -> listener.effects(next) == 1);
        assertThat(listener.deliveries.get(unknownRecord).get()).isEqualTo(1);
        assertThat(listener.attempts).doesNotContainKey(unknown);
    }

    @Test
    void logsTheHandlingWithTheEventsCorrelationId(CapturedOutput output) throws Exception {
        String id = UUID.randomUUID().toString();

        kafka.send(MessagingTestApplication.TOPIC, id, envelope(id, "corr-inbox-9")).get();

        await().atMost(WAIT).until(() -> listener.effects(id) == 1);
        assertThat(output.getOut()).containsPattern("\\[messaging-test,corr-inbox-9\\].*handling CohortCreated .* for " + id);
    }

    @Test
    void forgetsHandledEventIdsAfterTheConfiguredRetentionThroughATtlIndex() {
        org.bson.Document index = mongo.getCollection("processed_events").listIndexes().into(new java.util.ArrayList<>())
                .stream().filter(i -> "processedAt_ttl".equals(i.getString("name"))).findFirst().orElseThrow();

        assertThat(index.get("key", org.bson.Document.class)).isEqualTo(new org.bson.Document("processedAt", 1));
        assertThat(((Number) index.get("expireAfterSeconds")).longValue()).as("the default, 35 days (the longest topic retention, 28 days, and a week)")
                .isEqualTo(35 * 24 * 3600L);
    }

    private static String envelope(String aggregateId, String correlationId) {
        CohortCreated event = new CohortCreated(UUID.randomUUID(), Instant.now(), aggregateId, "Phase 2", 2, "coaching",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30), "PLANNED");
        return EventJson.write(EventJson.envelope(event, correlationId));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
