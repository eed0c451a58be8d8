package uk.nhs.cohortcoach.platform.support.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;

/**
 * Publishes pending outbox events to Kafka, in the order they were recorded, keyed by aggregate id,
 * then removes them from their document. A crash after publishing and before removal publishes
 * again after restart (consumers are idempotent); while the broker is unreachable events simply
 * wait in MongoDB and the relay backs off.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final TraceCarrier trace;
    private volatile ScheduledExecutorService executor;
    private volatile boolean brokerWasDown;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this(mongo, kafka, properties, TraceCarrier.NONE);
    }

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties, TraceCarrier trace) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.trace = trace;
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "outbox-relay");
                thread.setDaemon(true);
                return thread;
            });
            executor.schedule(this::loop, 0, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            ScheduledExecutorService stopping = executor;
            executor = null; // the running pass finishes (no interrupt mid-write) and schedules no other
            stopping.shutdown();
            try {
                if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
                    stopping.shutdownNow();
                }
            } catch (InterruptedException e) {
                stopping.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes the relay's producer when the service shuts down. */
    @Override
    public void destroy() throws Exception {
        stop();
        if (kafka.getProducerFactory() instanceof DisposableBean factory) {
            factory.destroy();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void loop() {
        Duration next = properties.pollInterval();
        try {
            relayPending();
            if (brokerWasDown) {
                log.info("Kafka is reachable again; outbox events are flowing");
                brokerWasDown = false;
            }
        } catch (RuntimeException e) {
            if (!brokerWasDown) {
                Throwable cause = e.getCause() != null && e.getCause().getCause() != null ? e.getCause().getCause() : e;
                log.warn("Cannot publish outbox events yet ({}); they wait in MongoDB and will be retried", cause.toString());
                brokerWasDown = true;
            }
            next = properties.retryInterval();
        }
        ScheduledExecutorService current = executor;
        if (current != null) {
            try {
                current.schedule(this::loop, next.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // stop() came in during this pass
            }
        }
    }

    /** Publishes everything pending now. Public so tests and a manual flush can drive it. */
    public int relayPending() {
        int published = 0;
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.")) {
                continue;
            }
            List<Document> pending = mongo.execute(collection, c -> c
                    .find(Filters.exists(OutboxEntry.FIELD + ".0"))
                    .projection(Projections.include(OutboxEntry.FIELD))
                    .limit(properties.batchSize())
                    .into(new ArrayList<>()));
            for (Document document : pending) {
                published += publish(collection, document);
            }
        }
        return published;
    }

    private int publish(String collection, Document document) {
        List<OutboxEntry> entries = document.getList(OutboxEntry.FIELD, Document.class).stream()
                .map(OutboxEntry::fromDocument).toList();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            sends.add(trace.continueTrace(entry.trace(), "outbox relay", () -> kafka.send(record(entry))));
        }
        List<String> sent = new ArrayList<>();
        RuntimeException failure = null;
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                sent.add(entries.get(i).eventId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while publishing", e);
                break;
            } catch (Exception e) {
                failure = new IllegalStateException("publishing " + entries.get(i).type() + " failed: " + e.getMessage(), e);
                break;
            }
        }
        if (!sent.isEmpty()) {
            mongo.execute(collection, c -> c.updateOne(Filters.eq("_id", document.get("_id")),
                    Updates.pullByFilter(new Document(OutboxEntry.FIELD, new Document("eventId", new Document("$in", sent))))));
        }
        if (failure != null) {
            throw failure;
        }
        return sent.size();
    }

    private static ProducerRecord<String, String> record(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.json());
        record.headers().add(EventEnvelope.Headers.EVENT_ID, bytes(entry.eventId()));
        record.headers().add(EventEnvelope.Headers.TYPE, bytes(entry.type()));
        record.headers().add(EventEnvelope.Headers.VERSION, bytes(String.valueOf(entry.version())));
        if (entry.correlationId() != null) {
            record.headers().add(EventEnvelope.Headers.CORRELATION_ID, bytes(entry.correlationId()));
        }
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
