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
 * The TTL index of {@code processed_events}, on the Mongo wire server. That server keeps index options
 * but does not delete expired documents, so what is proved is the index MongoDB would act on.
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
    void refusesARetentionUnderASecond() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InboxProperties(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new InboxProperties(Duration.ofDays(14)).processedRetention()).isEqualTo(Duration.ofDays(14));
    }

    private List<Document> ttlIndexes() {
        return mongo.getCollection(ProcessedEvents.COLLECTION).listIndexes().into(new java.util.ArrayList<>()).stream()
                .filter(index -> ProcessedEvents.EXPIRY_INDEX.equals(index.getString("name"))).toList();
    }
}
