package uk.nhs.cohortcoach.platform.support.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Removes processed-event records older than the retention every {@code sweep-interval}, in every
 * service: real MongoDB's TTL index would do it alone, but the Mongo wire server keeps the index
 * without ever deleting, so without this the local stack's inbox would grow for ever. On MongoDB the
 * two do the same thing and do not clash. A failed sweep is logged and tried again next time.
 */
class ProcessedEventsSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsSweep.class);
    private static final Duration FIRST_SWEEP_AT_MOST = Duration.ofMinutes(1);

    private final ProcessedEvents processed;
    private final InboxProperties properties;
    private final Clock clock;
    private volatile ScheduledThreadPoolExecutor executor;

    ProcessedEventsSweep(ProcessedEvents processed, InboxProperties properties, Clock clock) {
        this.processed = processed;
        this.properties = properties;
        this.clock = clock;
    }

    /** One sweep now. @return how many records it removed */
    long sweep() {
        return processed.removeProcessedBefore(clock.instant().minus(properties.processedRetention()));
    }

    private void sweepAndLog() {
        try {
            long removed = sweep();
            if (removed > 0) {
                log.info("Removed {} processed-event record(s) older than {}", removed, properties.processedRetention());
            }
        } catch (RuntimeException e) {
            log.warn("Sweeping expired processed-event records failed ({}); trying again in {}", e.toString(),
                    properties.sweepInterval());
        }
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "inbox-sweep");
                thread.setDaemon(true);
                return thread;
            });
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            long interval = properties.sweepInterval().toMillis();
            long first = Math.min(interval, FIRST_SWEEP_AT_MOST.toMillis()); // not during start-up, not an hour late
            executor.scheduleWithFixedDelay(this::sweepAndLog, first, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
