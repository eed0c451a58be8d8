package uk.nhs.cohortcoach.platform.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

/**
 * The TTL index of {@code processed_events}, on the Mongo wire server, and the sweep. That server keeps
 * index options but does not delete expired documents (nothing in mongo-java-server 1.47 reads
 * {@code expireAfterSeconds}), so the index is what MongoDB would act on and the sweep is what bounds the
 * collection on the wire server.
 */
class ProcessedEventsExpiryIT {

    private static MongoClient client;
    private MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private MongoTemplate freshDatabase() {
        mongo = new MongoTemplate(client, "inbox_expiry_" + UUID.randomUUID().toString().substring(0, 8));
        return mongo;
    }

    @Test
    void createsATtlIndexOnProcessedAtWithTheRetentionInSeconds() {
        ProcessedEvents processed = new ProcessedEvents(freshDatabase());

        processed.expireAfter(Duration.ofDays(14));
        processed.record("test.consumer", UUID.randomUUID(), "CohortCreated");

        assertThat(ttlIndexes()).singleElement().satisfies(index -> {
            assertThat(index.get("key", Document.class)).isEqualTo(new Document("processedAt", 1));
            assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isEqualTo(14 * 24 * 3600L);
        });
        assertThat(mongo.getCollection(ProcessedEvents.COLLECTION).find().first().get("processedAt"))
                .as("a date, which is what a TTL index acts on").isInstanceOf(java.util.Date.class);
    }

    @Test
    void replacesTheIndexWhenTheRetentionChangesAndLeavesItWhenItDoesNot() {
        ProcessedEvents processed = new ProcessedEvents(freshDatabase());
        processed.expireAfter(Duration.ofDays(14));

        processed.expireAfter(Duration.ofDays(14));
        processed.expireAfter(Duration.ofHours(36));

        assertThat(ttlIndexes()).singleElement()
                .satisfies(index -> assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isEqualTo(36 * 3600L));
    }

    @Test
    void refusesARetentionOrASweepIntervalUnderASecond() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InboxProperties(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InboxProperties(Duration.ofDays(35), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new InboxProperties(Duration.ofDays(14), Duration.ofHours(1)).processedRetention()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void theSweepRemovesRecordsOlderThanTheRetentionAndKeepsTheRest() {
        ProcessedEvents processed = new ProcessedEvents(freshDatabase());
        processed.expireAfter(Duration.ofDays(35));
        java.time.Instant now = java.time.Instant.parse("2026-12-07T12:00:00Z");
        insertProcessedAt("expired", now.minus(Duration.ofDays(35)).minusSeconds(1));
        insertProcessedAt("kept", now.minus(Duration.ofDays(35)).plusSeconds(1));
        insertProcessedAt("recent", now.minus(Duration.ofMinutes(1)));
        ProcessedEventsSweep sweep = new ProcessedEventsSweep(processed,
                new InboxProperties(Duration.ofDays(35), Duration.ofHours(1)), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));

        assertThat(sweep.sweep()).isEqualTo(1);

        assertThat(mongo.getCollection(ProcessedEvents.COLLECTION).distinct("_id", String.class).into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrder("kept", "recent");
        assertThat(sweep.sweep()).as("a second sweep at the same time").isZero();
    }

    @Test
    void theSweepRunsByItselfEverySweepInterval() {
        ProcessedEvents processed = new ProcessedEvents(freshDatabase());
        insertProcessedAt("expired", java.time.Instant.now().minus(Duration.ofDays(40)));
        ProcessedEventsSweep sweep = new ProcessedEventsSweep(processed,
                new InboxProperties(Duration.ofDays(35), Duration.ofSeconds(1)), java.time.Clock.systemUTC());

        sweep.start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> mongo.getCollection(ProcessedEvents.COLLECTION).countDocuments() == 0);
        } finally {
            sweep.stop();
        }
        assertThat(sweep.isRunning()).isFalse();
    }

    private void insertProcessedAt(String id, java.time.Instant processedAt) {
        mongo.getCollection(ProcessedEvents.COLLECTION).insertOne(new Document("_id", id).append("consumer", "test.consumer")
                .append("eventId", UUID.randomUUID().toString()).append("type", "CohortCreated")
                .append("processedAt", java.util.Date.from(processedAt)));
    }

    private List<Document> ttlIndexes() {
        return mongo.getCollection(ProcessedEvents.COLLECTION).listIndexes().into(new java.util.ArrayList<>()).stream()
                .filter(index -> ProcessedEvents.EXPIRY_INDEX.equals(index.getString("name"))).toList();
    }
}
