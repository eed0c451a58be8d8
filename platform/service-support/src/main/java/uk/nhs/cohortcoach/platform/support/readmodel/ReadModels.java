package uk.nhs.cohortcoach.platform.support.readmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
import uk.nhs.cohortcoach.platform.events.UnreadableEventException;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/**
 * The service's read models ({@link Projection} beans): feeds them records through the inbox, and
 * rebuilds one on demand. A rebuild drops the read model's collections and its processed event ids,
 * then reads every partition of its topics from the beginning up to the end offsets taken at the
 * start, with a consumer of its own (no group, nothing committed), through the same handlers as the
 * live listener; unreadable records are skipped. Live events for that read model wait while it runs
 * in this instance; events published after the start are left to the listener.
 */
public class ReadModels {

    static final String PROCESSED_EVENTS = "processed_events";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);

    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final EventInbox inbox;
    private final MongoTemplate mongo;
    private final KafkaProperties kafka;

    ReadModels(List<Projection> projections, EventInbox inbox, MongoTemplate mongo, KafkaProperties kafka) {
        for (Projection projection : projections) {
            if (this.projections.putIfAbsent(projection.name(), projection) != null) {
                throw new IllegalStateException("two read models are called " + projection.name());
            }
        }
        this.inbox = inbox;
        this.mongo = mongo;
        this.kafka = kafka;
    }

    public List<Projection> projections() {
        return new ArrayList<>(projections.values());
    }

    public Projection projection(String name) {
        Projection projection = projections.get(name);
        if (projection == null) {
            throw new NoSuchElementException("no read model called " + name);
        }
        return projection;
    }

    /** Hands one record to the read model; true when it was handled (not skipped). */
    public boolean receive(String readModel, String recordValue) {
        return projection(readModel).receive(inbox, recordValue);
    }

    /** Drops the read model and builds it again from the beginning of its topics. */
    public RebuildResult rebuild(String readModel) {
        Projection projection = projection(readModel);
        return projection.exclusively(() -> {
            drop(projection);
            long replayed = replay(projection);
            Map<String, Long> documents = new LinkedHashMap<>();
            for (Class<?> collection : projection.collections()) {
                documents.put(mongo.getCollectionName(collection), mongo.count(new Query(), collection));
            }
            RebuildResult result = new RebuildResult(projection.name(), replayed, documents);
            log.info("read model rebuilt: {}", result);
            return result;
        });
    }

    private void drop(Projection projection) {
        projection.collections().forEach(mongo::dropCollection);
        mongo.remove(Query.query(Criteria.where("consumer").is(projection.name())), PROCESSED_EVENTS);
    }

    private long replay(Projection projection) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, kafka.getClientId() + "-" + projection.name() + "-rebuild");
        long replayed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : projection.topics()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("replaying " + projection.topics() + " took longer than " + TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Long last = end.get(new TopicPartition(record.topic(), record.partition()));
                    if (record.offset() < last && record.value() != null && handle(projection, record)) {
                        replayed++;
                    }
                }
            }
        }
        return replayed;
    }

    private boolean handle(Projection projection, ConsumerRecord<String, String> record) {
        try {
            return projection.replay(inbox, record.value());
        } catch (UnreadableEventException poison) {
            log.warn("rebuild of {} skips an unreadable record at {}-{}@{}", projection.name(), record.topic(), record.partition(),
                    record.offset());
            return false;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
    }
}
