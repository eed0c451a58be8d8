package uk.nhs.cohortcoach.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * The two load shapes the suite uses. Open model ({@link #atRate}): tasks start on a fixed schedule whether or not earlier
 * ones finished, so a slow system sees its queue grow as real users would make it (no coordinated omission: each task's
 * time is counted from when it was due). Closed model ({@link #closed}): a fixed number of workers, each starting its next
 * task when the last one ends, for throughput.
 */
public final class Load {

    private Load() {
    }

    /**
     * Starts {@code count} tasks at {@code perSecond}, each timed from when it was due to start; a task answering false or
     * throwing counts as an error. Waits for all of them.
     */
    public static Latencies atRate(double perSecond, int count, Callable<Boolean> task) throws InterruptedException {
        Latencies latencies = new Latencies();
        long interval = (long) (1_000_000_000L / perSecond);
        ExecutorService workers = Executors.newCachedThreadPool(daemon("bench-open"));
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                workers.execute(() -> {
                    try {
                        if (Boolean.TRUE.equals(task.call())) {
                            latencies.record(System.nanoTime() - due);
                        } else {
                            latencies.error();
                        }
                    } catch (Exception e) {
                        latencies.error();
                    }
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(10, TimeUnit.MINUTES);
        }
        return latencies;
    }

    /**
     * Runs tasks {@code 0 .. count-1} on {@code workers} threads, each taking the next index when its last task ends;
     * a task answering false counts as an error. Waits for all of them.
     */
    public static Latencies closed(int workers, int count, IntPredicate task) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("bench-closed"));
        for (int w = 0; w < workers; w++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = task.test(i);
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    if (ok) {
                        latencies.record(System.nanoTime() - start);
                    } else {
                        latencies.error();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return latencies;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
