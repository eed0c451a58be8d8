package uk.nhs.cohortcoach.bench.notification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.bench.BenchContext;

/**
 * ActionAssigned events as coaching-service publishes them (the envelope of platform/events, key = the action id) to
 * people notification-service knows (its {@code people} read model), and what the service made of them: each owes an
 * ACTION_ASSIGNED email at once and an ACTION_DUE reminder on the due date (two months ahead, so it stays pending).
 */
final class ActionEvents implements AutoCloseable {

    static final String TOPIC = "coaching.events.v1";
    static final String GROUP = "notification-service";
    static final String DATABASE = "notification";

    private final BenchContext context;
    private final List<Document> people;
    private final KafkaProducer<String, String> producer;
    private final List<String> eventIds = new ArrayList<>();

    ActionEvents(BenchContext context) {
        this.context = context;
        this.people = context.mongo().getDatabase(DATABASE).getCollection("people")
                .find(Filters.and(Filters.exists("email"), Filters.ne("email", null))).limit(50).into(new ArrayList<>());
        if (people.isEmpty()) {
            throw new IllegalStateException("notification-service knows nobody yet (its people collection is empty): "
                    + "start the stack with its demo data");
        }
        Properties properties = context.kafka();
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
    }

    /** Sends the i-th event of the run (asynchronously; {@link #flush()} waits), stamped now. */
    String send(String run, int i) {
        Document owner = people.get(i % people.size());
        String eventId = UUID.randomUUID().toString();
        String actionId = "bench-" + run + "-action-" + i;
        Instant now = Instant.now();
        ObjectNode payload = BenchContext.JSON.createObjectNode()
                .put("eventId", eventId)
                .put("occurredAt", now.toString())
                .put("actionId", actionId)
                .put("sessionId", "bench-" + run + "-session")
                .put("collaborativeId", "bench-" + run)
                .put("ownerId", owner.getString("_id"))
                .put("description", "Benchmark action " + i + " of run " + run)
                .put("dueDate", LocalDate.now(ZoneOffset.UTC).plusMonths(2).toString())
                .put("ownerName", owner.getString("name"));
        ObjectNode envelope = BenchContext.JSON.createObjectNode()
                .put("eventId", eventId)
                .put("type", "ActionAssigned")
                .put("version", 1)
                .put("occurredAt", now.toString())
                .put("aggregateId", actionId)
                .put("correlationId", "bench-" + run);
        envelope.set("payload", payload);
        producer.send(new ProducerRecord<>(TOPIC, actionId, envelope.toString()));
        synchronized (eventIds) {
            eventIds.add(eventId);
        }
        return eventId;
    }

    void flush() {
        producer.flush();
    }

    List<String> eventIds() {
        synchronized (eventIds) {
            return List.copyOf(eventIds);
        }
    }

    /** Records notification-service's consumer group has still to read on the topic (committed offsets vs the end). */
    static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()
                .get();
        Set<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                .stream().map(p -> new TopicPartition(TOPIC, p.partition())).collect(Collectors.toSet());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    MongoCollection<Document> messages() {
        MongoDatabase database = context.mongo().getDatabase(DATABASE);
        return database.getCollection("messages");
    }

    /** The ACTION_ASSIGNED messages these events made (one per event when all went well). */
    List<Document> assignedMessages(Collection<String> ids) {
        List<Document> found = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            messages().find(Filters.and(Filters.in("eventId", all.subList(from, Math.min(all.size(), from + 500))),
                    Filters.eq("purpose", "ACTION_ASSIGNED"))).into(found);
        }
        return found;
    }

    /**
     * Removes what the run left in the delivery log and inbox once nothing of it is pending any more (the due reminders
     * are withdrawn first, as a completed action's would be), so repeated runs do not grow the service's collections.
     */
    void clean(Duration wait) throws InterruptedException {
        List<String> ids = eventIds();
        Instant deadline = Instant.now().plus(wait);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            messages().deleteMany(Filters.and(Filters.in("eventId", slice), Filters.eq("purpose", "ACTION_DUE")));
            while (messages().countDocuments(Filters.and(Filters.in("eventId", slice), Filters.eq("status", "PENDING"))) > 0
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(1_000); // the outbox relay's next pass publishes their NotificationDelivered first
            messages().deleteMany(Filters.in("eventId", slice));
            context.mongo().getDatabase(DATABASE).getCollection("processed_events")
                    .deleteMany(Filters.in("eventId", slice));
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
