package uk.nhs.cohortcoach.platform.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

/**
 * The pointers ({@code outbox_pending}) on the real broker and the Mongo wire server: every point a
 * writer or the relay can die at, simulated by writing the pieces by hand, the wake-up on write, the
 * recovery poll, the order across collections and the scan for entries from before pointers. Each
 * test has a database of its own, so a pass sees only its own pointers.
 */
class OutboxPointersIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration GRACE = Duration.ofMinutes(5);

    private static MongoClient client;
    private static DefaultKafkaProducerFactory<String, String> producers;

    private MongoTemplate mongo;
    private final MovableClock clock = new MovableClock();
    private final List<OutboxRelay> relays = new ArrayList<>();

    @org.springframework.data.mongodb.core.mapping.Document("zeta_notes")
    record ZetaNote(@Id String id, String text, @Version Long version) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("alpha_notes")
    record AlphaNote(@Id String id, String text, @Version Long version) {
    }

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoUri());
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void disconnect() {
        producers.destroy();
        client.close();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "outbox_pointers_" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::stop);
    }

    @Test
    void aWriteLeavesAPointerUntilTheRelayHasPublishedItsEvents() {
        Outbox outbox = outbox(new RelayTrigger());
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);

        outbox.insert(new ZetaNote(id, "first", null), created);

        assertThat(pointers()).singleElement().satisfies(pointer -> {
            assertThat(pointer.collection()).isEqualTo("zeta_notes");
            assertThat(pointer.documentId()).isEqualTo(id);
            assertThat(pointer.eventIds()).containsExactly(created.eventId().toString());
        });
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            assertThat(relay(properties(Duration.ofHours(1)), new RelayTrigger()).relayPending()).isEqualTo(1);
            assertThat(eventIds(topic.await(keyed(id), 1, WAIT))).containsExactly(created.eventId());
        }
        assertThat(pointers()).as("pointers once nothing is pending").isEmpty();
        assertThat(pendingIn("zeta_notes", id)).isZero();
    }

    @Test
    void aWriteWakesTheRelayOfItsProcessSoTheEventLeavesWithoutWaitingForThePoll() {
        RelayTrigger trigger = new RelayTrigger();
        OutboxRelay relay = relay(properties(Duration.ofHours(1)), trigger);
        relay.start(); // its first pass runs now, its next poll in an hour
        await().atMost(WAIT).until(() -> !relay.isRunning() || passes() >= 1);
        String id = UUID.randomUUID().toString();

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            topic.collectFor(keyed(id), Duration.ofMillis(500)); // joined the topic before the write
            long written = System.nanoTime();
            outbox(trigger).insert(new ZetaNote(id, "woken", null), created(id));
            topic.await(keyed(id), 1, Duration.ofSeconds(10));
            assertThat(Duration.ofNanos(System.nanoTime() - written)).as("write to record on the topic")
                    .isLessThan(Duration.ofSeconds(10));
        }
        await().atMost(WAIT).until(() -> pointers().isEmpty());
    }

    @Test
    void wakesInABurstAreCoalescedIntoAFewPasses() {
        RelayTrigger trigger = new RelayTrigger();
        OutboxRelay relay = relay(properties(Duration.ofHours(1)), trigger);
        relay.start();
        await().atMost(WAIT).until(() -> passes() >= 1);
        long before = passes();

        for (int i = 0; i < 1_000; i++) {
            trigger.pull();
        }

        await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> passes() > before);
        assertThat(passes() - before).as("passes for 1,000 wake-ups").isBetween(1L, 50L);
    }

    @Test
    void theRecoveryPollPublishesWhatAnotherProcessWroteWithoutWakingIt() {
        relay(properties(Duration.ofMillis(300)), new RelayTrigger()).start();
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            outbox(new RelayTrigger()).insert(new ZetaNote(id, "elsewhere", null), created); // wakes no relay
            assertThat(eventIds(topic.await(keyed(id), 1, WAIT))).containsExactly(created.eventId());
        }
        await().atMost(WAIT).until(() -> pointers().isEmpty());
    }

    @Test
    void publishesRelatedAggregatesInTheOrderTheyWereWrittenWhateverTheirCollections() {
        Outbox outbox = outbox(new RelayTrigger());
        String key = UUID.randomUUID().toString(); // one key for all, so the topic keeps the publish order
        String zeta = UUID.randomUUID().toString();
        String alpha = UUID.randomUUID().toString();
        List<CohortCreated> written = new ArrayList<>();
        written.add(created(key));
        ZetaNote zetaNote = outbox.insert(new ZetaNote(zeta, "1", null), written.get(0));
        for (int i = 0; i < 3; i++) {
            written.add(created(key));
            AlphaNote alphaNote = outbox.insert(new AlphaNote(alpha + i, "2", null), written.get(written.size() - 1));
            written.add(created(key));
            zetaNote = outbox.update(new ZetaNote(zeta, "3", zetaNote.version()), written.get(written.size() - 1));
            assertThat(alphaNote).isNotNull();
        }

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            assertThat(relay(properties(Duration.ofHours(1)), new RelayTrigger()).relayPending()).isEqualTo(written.size());
            assertThat(eventIds(topic.await(keyed(key), written.size(), WAIT)))
                    .containsExactlyElementsOf(written.stream().map(CohortCreated::eventId).toList());
        }
    }

    @Test
    void aPointerWhoseDocumentIsStillBeingWrittenIsKeptAndItsEventsLeaveOnceTheDocumentIsThere() {
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);
        Document entry = OutboxEntry.of(created, null, Map.of()).toDocument();
        PendingWrite pointer = PendingWrite.of("zeta_notes", id, List.of(created.eventId().toString()), clock.instant());
        mongo.getCollection(PendingWrite.COLLECTION).insertOne(pointer.toDocument()); // the writer's first write
        OutboxRelay relay = relay(properties(Duration.ofHours(1)), new RelayTrigger());

        assertThat(relay.relayPending()).as("a pass between the writer's two writes").isZero();
        assertThat(pointers()).as("kept: the document may still come").hasSize(1);

        mongo.getCollection("zeta_notes").insertOne(new Document("_id", id).append("text", "late").append("_outbox", List.of(entry)));
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            assertThat(relay.relayPending()).isEqualTo(1);
            assertThat(eventIds(topic.await(keyed(id), 1, WAIT))).containsExactly(created.eventId());
        }
        assertThat(pointers()).isEmpty();
    }

    @Test
    void aFullBatchOfWritesStillInFlightDoesNotHoldBackALaterWrite() {
        for (int i = 0; i < 3; i++) { // oldest first: they fill the first batches
            mongo.getCollection(PendingWrite.COLLECTION).insertOne(PendingWrite.of("zeta_notes", "in-flight-" + i,
                    List.of(UUID.randomUUID().toString()), clock.instant().minusSeconds(10)).toDocument());
        }
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);
        outbox(new RelayTrigger()).insert(new ZetaNote(id, "later", null), created);

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            OutboxRelay relay = relay(new OutboxProperties(true, Duration.ofHours(1), Duration.ofMillis(500), Duration.ofSeconds(5),
                    2, GRACE, false), new RelayTrigger());
            assertThat(relay.relayPending()).as("batches of 2, the first two writes and a half still in flight").isEqualTo(1);
            assertThat(eventIds(topic.await(keyed(id), 1, WAIT))).containsExactly(created.eventId());
        }
        assertThat(pointers()).as("the three in flight, kept").hasSize(3);
    }

    @Test
    void aPointerLeftByAWriterThatDiedBeforeItsDocumentIsRemovedOnlyOnceOlderThanTheGrace() {
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);
        mongo.getCollection(PendingWrite.COLLECTION).insertOne(
                PendingWrite.of("zeta_notes", id, List.of(created.eventId().toString()), clock.instant()).toDocument());
        OutboxRelay relay = relay(properties(Duration.ofHours(1)), new RelayTrigger());

        clock.advance(GRACE.minusSeconds(1));
        assertThat(relay.relayPending()).isZero();
        assertThat(pointers()).as("within the grace").hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            assertThat(relay.relayPending()).isZero();
            assertThat(pointers()).as("past the grace").isEmpty();
            assertThat(topic.collectFor(keyed(id), Duration.ofSeconds(1))).as("nothing was published").isEmpty();
        }
    }

    @Test
    void aPointerLeftByARelayThatDiedAfterRemovingTheEventsIsRemovedOnceOlderThanTheGraceWithoutPublishingAgain() {
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);
        mongo.getCollection(PendingWrite.COLLECTION).insertOne(
                PendingWrite.of("zeta_notes", id, List.of(created.eventId().toString()), clock.instant()).toDocument());
        mongo.getCollection("zeta_notes").insertOne(new Document("_id", id).append("text", "published").append("_outbox", List.of()));
        OutboxRelay restarted = relay(properties(Duration.ofHours(1)), new RelayTrigger());

        assertThat(restarted.relayPending()).isZero();
        assertThat(pointers()).hasSize(1);
        clock.advance(GRACE.plusSeconds(1));
        assertThat(restarted.relayPending()).isZero();
        assertThat(pointers()).isEmpty();
    }

    @Test
    void aRelayThatDiedAfterPublishingBeforeRemovingPublishesAgainAfterRestart() {
        Outbox outbox = outbox(new RelayTrigger());
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);
        outbox.insert(new ZetaNote(id, "twice", null), created);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            producers.createProducer().send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.COHORT, id,
                    OutboxEntry.of(created, null, Map.of()).json())); // the send that happened before the crash

            assertThat(relay(properties(Duration.ofHours(1)), new RelayTrigger()).relayPending()).isEqualTo(1);
            assertThat(eventIds(topic.await(keyed(id), 2, WAIT))).containsExactly(created.eventId(), created.eventId());
        }
        assertThat(pointers()).isEmpty();
    }

    @Test
    void aWriteThatFailsTakesItsPointerBack() {
        Outbox outbox = outbox(new RelayTrigger());
        String id = UUID.randomUUID().toString();
        ZetaNote stored = outbox.insert(new ZetaNote(id, "first", null), created(id));
        mongo.getCollection(PendingWrite.COLLECTION).deleteMany(new Document());

        assertThatThrownBy(() -> outbox.insert(new ZetaNote(id, "again", null), created(id))).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> outbox.update(new ZetaNote(id, "stale", stored.version() - 1), created(id)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

        assertThat(pointers()).isEmpty();
    }

    @Test
    void eventsWrittenBeforePointersExistedAreFoundOnceByTheScanAtStartAndPublished() {
        String id = UUID.randomUUID().toString();
        CohortCreated created = created(id);
        mongo.getCollection("zeta_notes").insertOne(new Document("_id", id).append("text", "old")
                .append("_outbox", List.of(OutboxEntry.of(created, null, Map.of()).toDocument())));
        mongo.getCollection("alpha_notes").insertOne(new Document("_id", "nothing-pending").append("_outbox", List.of()));

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            relay(new OutboxProperties(true, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(5), 100, GRACE, true),
                    new RelayTrigger()).start();
            assertThat(eventIds(topic.await(keyed(id), 1, WAIT))).containsExactly(created.eventId());
        }
        await().atMost(WAIT).until(() -> pointers().isEmpty() && pendingIn("zeta_notes", id) == 0);
        assertThat(new LegacyOutboxScan(mongo, clock).run()).as("a second start scans nothing").isZero();
    }

    private Outbox outbox(RelayTrigger trigger) {
        return new Outbox(mongo, TraceCarrier.NONE, trigger, clock);
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private OutboxRelay relay(OutboxProperties properties, RelayTrigger trigger) {
        OutboxRelay relay = new OutboxRelay(mongo, new KafkaTemplate<>(producers), properties, TraceCarrier.NONE, trigger, clock,
                meters);
        relays.add(relay);
        return relay;
    }

    private long passes() {
        return meters.find("outbox.relay.pass").timers().stream().mapToLong(io.micrometer.core.instrument.Timer::count).sum();
    }

    private static OutboxProperties properties(Duration recovery) {
        return new OutboxProperties(true, recovery, Duration.ofMillis(500), Duration.ofSeconds(5), 100, GRACE, false);
    }

    private List<PendingWrite> pointers() {
        return mongo.getCollection(PendingWrite.COLLECTION).find().map(PendingWrite::fromDocument).into(new ArrayList<>());
    }

    private long pendingIn(String collection, String id) {
        Document document = mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
        return document == null ? 0 : document.getList("_outbox", Object.class, List.of()).size();
    }

    private static CohortCreated created(String key) {
        return new CohortCreated(UUID.randomUUID(), Instant.now(), key, "Phase 2", 2, "coaching",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30), "PLANNED");
    }

    private static Predicate<ConsumerRecord<String, String>> keyed(String key) {
        return record -> key.equals(record.key());
    }

    private static List<UUID> eventIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> EventJson.read(record.value()).eventId()).toList();
    }

    /** The wall clock, moved forward by hand: stands in for time passing between a crash and a relay pass. */
    static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
