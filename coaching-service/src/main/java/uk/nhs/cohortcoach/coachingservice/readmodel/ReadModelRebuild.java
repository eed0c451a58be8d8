package uk.nhs.cohortcoach.coachingservice.readmodel;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.UnreadableEventException;

/**
 * Drops the read model and builds it again from the whole of {@code cohort.events.v1}: drops the three
 * view collections and the read-model consumer's processed event ids, then reads every partition from
 * the beginning up to the end offsets taken at the start, through the same handler as the live
 * listener. Live events wait while it runs; events published after the start are left to the listener.
 */
@Service
public class ReadModelRebuild {

    /** How it went: events that changed the read model, and the documents in each view afterwards. */
    public record Result(long eventsReplayed, long cohorts, long collaboratives, long people) {
    }

    static final String PROCESSED_EVENTS = "processed_events";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final MongoTemplate mongo;
    private final ReadModelProjection projection;
    private final KafkaProperties kafka;

    ReadModelRebuild(MongoTemplate mongo, ReadModelProjection projection, KafkaProperties kafka) {
        this.mongo = mongo;
        this.projection = projection;
        this.kafka = kafka;
    }

    public Result rebuild() {
        return projection.exclusively(() -> {
            drop();
            long replayed = replay();
            Result result = new Result(replayed, mongo.count(new Query(), CohortView.class),
                    mongo.count(new Query(), CollaborativeView.class), mongo.count(new Query(), PersonView.class));
            log.info("read model rebuilt: {}", result);
            return result;
        });
    }

    private void drop() {
        mongo.dropCollection(CohortView.class);
        mongo.dropCollection(CollaborativeView.class);
        mongo.dropCollection(PersonView.class);
        mongo.remove(Query.query(Criteria.where("consumer").is(ReadModelProjection.CONSUMER)), PROCESSED_EVENTS);
    }

    private long replay() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, kafka.getClientId() + "-read-model-rebuild");
        long replayed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COHORT, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("replaying " + Topics.COHORT + " took longer than " + TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Long last = end.get(new TopicPartition(record.topic(), record.partition()));
                    if (record.offset() < last && record.value() != null && handle(record)) {
                        replayed++;
                    }
                }
            }
        }
        return replayed;
    }

    private boolean handle(ConsumerRecord<String, String> record) {
        try {
            return projection.receive(record.value());
        } catch (UnreadableEventException poison) {
            log.warn("rebuild skips an unreadable record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return false;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
    }
}
