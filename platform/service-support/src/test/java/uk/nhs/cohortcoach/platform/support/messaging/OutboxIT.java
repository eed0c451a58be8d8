package uk.nhs.cohortcoach.platform.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.support.messaging.MessagingTestApplication.Enrolment;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.outbox.OutboxProperties;
import uk.nhs.cohortcoach.platform.support.outbox.OutboxRelay;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;
import uk.nhs.cohortcoach.platform.test.StandaloneKafkaBroker;

@PlatformIntegrationTest
@TestPropertySource("classpath:messaging-test.properties")
class OutboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private Outbox outbox;

    @Autowired
    private OutboxRelay relay;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private KafkaProperties kafkaProperties;

    private final List<DefaultKafkaProducerFactory<String, String>> producers = new java.util.ArrayList<>();

    @AfterEach
    void relayRunsAgain() {
        relay.start();
        producers.forEach(DefaultKafkaProducerFactory::destroy);
        MDC.clear();
    }

    @Test
    void publishesEventsRecordedBeforeACrashOnceTheServiceRunsAgain() {
        relay.stop(); // the process dies after the write, before the publish
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);
        outbox.insert(new Enrolment(id, "Phase 2", null, null), created);
        assertThat(pending(id)).isEqualTo(1);

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            assertThat(topic.collectFor(keyed(id), Duration.ofSeconds(2))).isEmpty();

            OutboxRelay restarted = new OutboxRelay(mongo, template(SharedInfrastructure.endpoints().kafkaBootstrapServers()),
                    properties());
            restarted.start();
            try {
                List<ConsumerRecord<String, String>> records = topic.await(keyed(id), 1, WAIT);
                assertThat(EventJson.read(records.get(0).value()).eventId()).isEqualTo(created.eventId());
                await().atMost(WAIT).until(() -> pending(id) == 0);
            } finally {
                restarted.stop();
            }
        }
    }

    @Test
    void keepsEventsWhileTheBrokerIsDownAndPublishesThemWhenItReturns() throws Exception {
        relay.stop();
        try (StandaloneKafkaBroker broker = new StandaloneKafkaBroker().start()) {
            OutboxRelay relayOfThisBroker = new OutboxRelay(mongo, template(broker.bootstrapServers()), properties());
            String before = UUID.randomUUID().toString();
            outbox.insert(new Enrolment(before, "Phase 2", null, null), created(before));
            assertThat(relayOfThisBroker.relayPending()).as("published while the broker is up").isEqualTo(1);

            broker.stop();
            String id = UUID.randomUUID().toString();
            Enrolment stored = outbox.insert(new Enrolment(id, "Phase 2", null, null), created(id));
            outbox.update(new Enrolment(id, "Phase 2", "renamed", stored.version()), created(id));
            assertThatThrownBy(relayOfThisBroker::relayPending).as("a relay pass while the broker is down");
            assertThat(pending(id)).as("events waiting while the broker is down").isEqualTo(2);

            relayOfThisBroker.start(); // keeps retrying in the background
            try {
                broker.start();
                try (KafkaTestConsumer topic = new KafkaTestConsumer(broker.bootstrapServers(), Topics.COHORT)) {
                    assertThat(topic.await(keyed(id), 2, Duration.ofSeconds(60))).hasSize(2);
                }
                await().atMost(WAIT).until(() -> pending(id) == 0);
            } finally {
                relayOfThisBroker.stop();
            }
        }
    }

    @Test
    void publishesNothingForAWriteThatFailed() {
        String id = UUID.randomUUID().toString();
        CohortCreated first = created(id);
        Enrolment stored = outbox.insert(new Enrolment(id, "Phase 2", null, null), first);

        assertThatThrownBy(() -> outbox.insert(new Enrolment(id, "Duplicate", null, null), created(id)))
                .isInstanceOf(DuplicateKeyException.class);
        outbox.update(new Enrolment(id, "Phase 2", "first edit", stored.version()), created(id));
        CohortCreated stale = created(id);
        assertThatThrownBy(() -> outbox.update(new Enrolment(id, "Phase 2", "stale edit", stored.version()), stale))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Enrolment current = mongo.findById(id, Enrolment.class);
        assertThat(current.note()).isEqualTo("first edit");
        assertThat(current.version()).isEqualTo(1L);

        // A later write of the same aggregate is a marker: its events are published after everything recorded before it
        // on the same key, so once it has arrived a stale or duplicate event would already have arrived too.
        CohortCreated marker = created(id);
        outbox.update(new Enrolment(id, "Phase 2", "marker", current.version()), marker);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> all = topic.await(keyed(id), 3, WAIT);
            assertThat(EventJson.read(all.get(all.size() - 1).value()).eventId()).as("the marker, last").isEqualTo(marker.eventId());
            assertThat(all).hasSize(3);
            assertThat(all).noneMatch(record -> EventJson.read(record.value()).eventId().equals(stale.eventId()));
        }
    }

    @Test
    void publishesInTheOrderRecordedKeyedByAggregateWithTypeHeaders() {
        String id = UUID.randomUUID().toString();
        CohortCreated[] events = new CohortCreated[10];
        events[0] = created(id);
        Enrolment current = outbox.insert(new Enrolment(id, "v0", null, null), events[0]);
        for (int i = 1; i < events.length; i++) {
            events[i] = created(id);
            current = outbox.update(new Enrolment(id, "v" + i, null, current.version()), events[i]);
        }

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            List<ConsumerRecord<String, String>> records = topic.await(keyed(id), events.length, WAIT);
            for (int i = 0; i < events.length; i++) {
                assertThat(EventJson.read(records.get(i).value()).eventId()).as("event %d", i).isEqualTo(events[i].eventId());
                assertThat(header(records.get(i), EventEnvelope.Headers.TYPE)).isEqualTo("CohortCreated");
                assertThat(header(records.get(i), EventEnvelope.Headers.VERSION)).isEqualTo("1");
                assertThat(header(records.get(i), EventEnvelope.Headers.EVENT_ID)).isEqualTo(events[i].eventId().toString());
            }
        }
    }

    @Test
    void carriesTheRequestsCorrelationIdInTheEnvelope() {
        MDC.put("correlationId", "corr-outbox-7");
        String id = UUID.randomUUID().toString();
        outbox.insert(new Enrolment(id, "Phase 2", null, null), created(id));
        MDC.clear();

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            ConsumerRecord<String, String> record = topic.await(keyed(id), 1, WAIT).get(0);
            assertThat(EventJson.read(record.value()).correlationId()).isEqualTo("corr-outbox-7");
            assertThat(header(record, EventEnvelope.Headers.CORRELATION_ID)).isEqualTo("corr-outbox-7");
        }
    }

    private static CohortCreated created(String id) {
        return new CohortCreated(UUID.randomUUID(), Instant.now(), id, "Phase 2", 2, "coaching",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30), "PLANNED");
    }

    private long pending(String id) {
        org.bson.Document document = mongo.findById(id, org.bson.Document.class, "outbox_test_enrolments");
        return document == null ? 0 : document.getList("_outbox", Object.class, List.of()).size();
    }

    private KafkaTemplate<String, String> template(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1500);
        DefaultKafkaProducerFactory<String, String> factory =
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
        producers.add(factory);
        return new KafkaTemplate<>(factory);
    }

    private static OutboxProperties properties() {
        return new OutboxProperties(true, Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2), 100,
                Duration.ofMinutes(5), false);
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> keyed(String id) {
        return record -> id.equals(record.key());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
