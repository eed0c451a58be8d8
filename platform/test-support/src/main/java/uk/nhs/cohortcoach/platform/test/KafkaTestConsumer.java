package uk.nhs.cohortcoach.platform.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.Assertions;

/** Reads a topic from the beginning, in a group of its own, to see what really reached the broker. */
public final class KafkaTestConsumer implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public KafkaTestConsumer(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** On the JVM's shared broker. */
    public static KafkaTestConsumer onSharedBroker(String topic) {
        return new KafkaTestConsumer(SharedInfrastructure.endpoints().kafkaBootstrapServers(), topic);
    }

    /** Polls until {@code count} matching records have arrived, failing after the timeout. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> matching, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (matches(matching).size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        List<ConsumerRecord<String, String>> found = matches(matching);
        Assertions.assertThat(found).as("records that arrived within %s", timeout).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    /** Every matching record that arrives during the whole period (for proving something did not arrive). */
    public List<ConsumerRecord<String, String>> collectFor(Predicate<ConsumerRecord<String, String>> matching, Duration period) {
        long deadline = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return matches(matching);
    }

    /**
     * Every matching record received so far, without waiting: once a later marker record on the same key has
     * arrived ({@link #await}), everything sent on that key before it is here, so absence is proved without
     * waiting a fixed period.
     */
    public List<ConsumerRecord<String, String>> receivedSoFar(Predicate<ConsumerRecord<String, String>> matching) {
        return matches(matching);
    }

    private List<ConsumerRecord<String, String>> matches(Predicate<ConsumerRecord<String, String>> matching) {
        return seen.stream().filter(matching).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
