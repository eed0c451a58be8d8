package uk.nhs.cohortcoach.bench.relay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.nhs.cohortcoach.bench.BenchContext;

/**
 * When each awaited text first appeared in a record of a topic, by this process's clock: a consumer of its own (no
 * committed offsets) reading from the end, so the bench can tell the relay's share of a write's way from the consumer's.
 */
final class TopicArrivals implements AutoCloseable {

    private final Map<String, Long> awaited = new ConcurrentHashMap<>();
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private final Map<String, Long> publishedAfterMillis = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean assigned;

    TopicArrivals(BenchContext context, String topic) {
        Properties properties = context.kafka();
        properties.put("group.id", "bench-relay-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "latest");
        properties.put("enable.auto.commit", "false");
        thread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        awaited.keySet().stream().filter(record.value()::contains).forEach(text -> {
                            arrived.putIfAbsent(text, now);
                            publishedAfterMillis.putIfAbsent(text, record.timestamp() - occurredAt(record.value()));
                        });
                    }
                    assigned = assigned || !consumer.assignment().isEmpty();
                }
            }
        }, "bench-topic-arrivals");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the consumer has its partitions (so nothing written after this is missed). */
    TopicArrivals ready() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!assigned && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500);
        return this;
    }

    void await(String text) {
        awaited.put(text, System.nanoTime());
    }

    /** When the text arrived, or null. */
    Long arrival(String text) {
        return arrived.get(text);
    }

    /**
     * How long after the event occurred (its envelope's {@code occurredAt}, stamped by the service as it changed the
     * aggregate) the relay's producer sent it (the record's create time): the relay's share, by the platform's clocks.
     */
    Long publishedAfterMillis(String text) {
        return publishedAfterMillis.get(text);
    }

    private static long occurredAt(String envelope) {
        return java.time.Instant.parse(BenchContext.JSON.readTree(envelope).path("occurredAt").asString()).toEpochMilli();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
