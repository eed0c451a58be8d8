package uk.nhs.cohortcoach.platform.support.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes pending outbox events to Kafka, keyed by aggregate id, then removes them from their
 * document. It reads the pointers in {@value PendingWrite#COLLECTION} oldest first (never the data
 * itself), so a pass costs the same whatever the collections hold, and events of different aggregates
 * leave in the order they were written. A write in this process wakes it at once ({@link RelayTrigger},
 * coalesced); a slower poll ({@code recovery-interval}) finds what other processes, or a crash, left.
 * A crash after publishing and before removal publishes again after restart (consumers are idempotent);
 * while the broker is unreachable events simply wait in MongoDB and the relay backs off.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** A pass ends after this many batches even when more is pending; the next (woken or polled) goes on. */
    private static final int MAX_PAGES_PER_PASS = 20;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final TraceCarrier trace;
    private final RelayTrigger trigger;
    private final Clock clock;
    private final Timer passes;
    private final Timer idlePasses;
    private final RecentlyPublished published = new RecentlyPublished(10_000);
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean brokerWasDown;
    private volatile Thread legacyScan;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this(mongo, kafka, properties, TraceCarrier.NONE, new RelayTrigger(), Clock.systemUTC(), null);
    }

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties, TraceCarrier trace,
            RelayTrigger trigger, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.trace = trace;
        this.trigger = trigger;
        this.clock = clock;
        this.passes = meters == null ? null : passTimer(meters, "published");
        this.idlePasses = meters == null ? null : passTimer(meters, "none");
        mongo.indexOps(PendingWrite.COLLECTION).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("recordedAt", org.springframework.data.domain.Sort.Direction.ASC).named("recordedAt"));
    }

    private static Timer passTimer(MeterRegistry meters, String events) {
        return Timer.builder("outbox.relay.pass").description("one relay pass: read the pending pointers, publish, remove")
                .tag("events", events).register(meters);
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            ScheduledThreadPoolExecutor relayThread = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "outbox-relay");
                thread.setDaemon(true);
                return thread;
            });
            relayThread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // stop() need not wait for the next poll
            executor = relayThread;
            trigger.listen(this::wake);
            executor.schedule(this::loop, 0, TimeUnit.MILLISECONDS);
            if (properties.legacyScan() && legacyScan == null) {
                legacyScan = new Thread(this::scanForLegacyEntries, "outbox-legacy-scan");
                legacyScan.setDaemon(true);
                legacyScan.start();
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            trigger.stopListening();
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

    /**
     * Asks for a pass now. While one is queued, further calls add nothing (a pass started after the
     * call sees every pointer written before it); while the broker is down they are ignored (the retry
     * loop is running).
     */
    void wake() {
        ScheduledExecutorService current = executor;
        if (current == null || brokerWasDown || !woken.compareAndSet(false, true)) {
            return;
        }
        try {
            current.execute(() -> {
                woken.set(false);
                pass();
            });
        } catch (RejectedExecutionException stopping) {
            woken.set(false);
        }
    }

    private void loop() {
        Duration next = pass() ? properties.recoveryInterval() : properties.retryInterval();
        ScheduledExecutorService current = executor;
        if (current != null) {
            try {
                current.schedule(this::loop, next.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // stop() came in during this pass
            }
        }
    }

    private boolean pass() {
        try {
            relayPending();
            if (brokerWasDown) {
                log.info("Kafka is reachable again; outbox events are flowing");
                brokerWasDown = false;
            }
            return true;
        } catch (RuntimeException e) {
            if (!brokerWasDown) {
                Throwable cause = e.getCause() != null && e.getCause().getCause() != null ? e.getCause().getCause() : e;
                log.warn("Cannot publish outbox events yet ({}); they wait in MongoDB and will be retried", cause.toString());
                brokerWasDown = true;
            }
            return false;
        }
    }

    /**
     * Publishes everything pending now, {@code batch-size} pointers at a time; pointers it keeps (writes still in
     * flight) are stepped over, so they never hold back later writes. Public so tests and a manual flush can drive it.
     */
    public int relayPending() {
        long started = System.nanoTime();
        int count = 0;
        try {
            int kept = 0;
            for (int page = 0; page < MAX_PAGES_PER_PASS; page++) {
                int skip = kept;
                List<PendingWrite> pointers = mongo.execute(PendingWrite.COLLECTION, c -> c.find()
                        .sort(Sorts.ascending("recordedAt", "_id")).skip(skip).limit(properties.batchSize())
                        .map(PendingWrite::fromDocument).into(new ArrayList<>()));
                RelayPage batch = plan(pointers);
                kept += batch.kept();
                count += batch.send();
                if (pointers.size() < properties.batchSize()) {
                    break;
                }
            }
            return count;
        } finally {
            Timer timer = count > 0 ? passes : idlePasses;
            if (timer != null) {
                timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }
    }

    /**
     * Decides every pointer of a page against its document, read once per collection ({@code _id $in}), and
     * what each publishes: a document's entries are handed out in its array's order, each at most once.
     */
    private RelayPage plan(List<PendingWrite> pointers) {
        Map<String, Map<Object, List<OutboxEntry>>> documents = new HashMap<>();
        pointers.stream().collect(Collectors.groupingBy(PendingWrite::collection, LinkedHashMap::new,
                Collectors.mapping(PendingWrite::documentId, Collectors.toList()))).forEach((collection, ids) -> {
                    Map<Object, List<OutboxEntry>> pending = new HashMap<>();
                    mongo.execute(collection, c -> c.find(Filters.in("_id", ids)).projection(Projections.include(OutboxEntry.FIELD))
                            .into(new ArrayList<>())).forEach(document -> pending.put(document.get("_id"), new ArrayList<>(
                                    document.getList(OutboxEntry.FIELD, Document.class, List.of()).stream()
                                            .map(OutboxEntry::fromDocument).toList())));
                    documents.put(collection, pending);
                });
        RelayPage batch = new RelayPage(mongo, kafka, trace, properties.sendTimeout(), published);
        Set<String> planned = new HashSet<>();
        Instant now = clock.instant();
        for (PendingWrite pointer : pointers) {
            List<OutboxEntry> pending = documents.get(pointer.collection()).getOrDefault(pointer.documentId(), new ArrayList<>());
            PendingDecision decision = PendingDecision.decide(pointer, pending.stream().map(OutboxEntry::eventId).toList(),
                    id -> published.contains(id) || planned.contains(id), now, properties.inFlightGrace());
            switch (decision.action()) {
                case KEEP -> batch.keep();
                case REMOVE -> batch.remove(pointer);
                case PUBLISH -> {
                    List<OutboxEntry> entries = new ArrayList<>(pending.subList(0, decision.publishThrough()));
                    pending.subList(0, decision.publishThrough()).clear();
                    entries.forEach(entry -> planned.add(entry.eventId()));
                    batch.publish(pointer, entries);
                }
            }
        }
        return batch;
    }

    /**
     * Once per database: documents that hold {@code _outbox} entries written before pointers existed (an
     * older version of the platform) get a pointer each, found by one full scan in the background.
     */
    private void scanForLegacyEntries() {
        try {
            int found = new LegacyOutboxScan(mongo, clock).run();
            if (found > 0) {
                log.info("Found {} document(s) with outbox events from before pointers; relaying them", found);
                wake();
            }
        } catch (RuntimeException e) {
            log.warn("The scan for outbox events from before pointers failed ({}); it runs again at the next start", e.toString());
        }
    }
}
