package uk.nhs.cohortcoach.bench.relay;

import java.util.List;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Latencies;
import uk.nhs.cohortcoach.bench.Load;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * A write in one service to its effect in another: a person renamed through cohort-service (directly, not through the
 * gateway) at 20 writes a second, open model, each timed from when it was due until coaching-service's read model,
 * read every 2 ms by one watcher for all pending writes, shows the new name. What lies between is the outbox write, the relay (woken by the write),
 * Kafka, and coaching's listener and inbox; a consumer of the bench's own also times each request to its event's
 * arrival on the topic, the relay's share.
 */
public final class WriteToEffect implements Scenario {

    private static final double RATE = 20;

    @Override
    public String name() {
        return "write-to-effect";
    }

    @Override
    public String measures() {
        return "person renamed in cohort-service → new name in coaching's read model, 20 writes/s, p99 (≤ 50 ms)";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        try (BenchPeople people = new BenchPeople(context, 20)) { // each one changed at most once a second at this rate
            return measure(context, people);
        }
    }

    private static List<Figure> measure(BenchContext context, BenchPeople people) throws Exception {
        int writes = context.scaled(1_200, 20);
        String run = Long.toString(System.currentTimeMillis(), 36);
        // warm the path (JIT, connections) before measuring
        for (int i = 0; i < people.size(); i++) {
            String name = "Bench relay person " + i + " warm " + run;
            if (!people.rename(i, name) || !people.awaitName(i, name, 10_000)) {
                throw new IllegalStateException("a rename did not reach coaching's read model within 10 s");
            }
        }
        context.log("write-to-effect: " + writes + " renames at " + RATE + "/s");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Latencies onTopic = new Latencies();
        Latencies relayed = new Latencies();
        Latencies latencies;
        try (TopicArrivals topic = new TopicArrivals(context, "cohort.events.v1").ready()) {
            latencies = Load.atRate(RATE, writes, () -> {
                int n = next.getAndIncrement();
                int index = n % people.size();
                String name = "Bench relay person " + index + " " + run + "-" + n;
                topic.await(name);
                long sent = System.nanoTime();
                boolean effect = people.rename(index, name) && people.awaitName(index, name, 10_000);
                Long arrived = topic.arrival(name);
                if (arrived != null) {
                    onTopic.record(arrived - sent);
                    relayed.record(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(topic.publishedAfterMillis(name)));
                }
                return effect;
            });
        }
        context.log("write-to-effect: " + latencies.summary());
        context.log("write-to-effect, the request sent → the event on the topic: " + onTopic.summary());
        context.log("write-to-effect, the event occurred → the relay sent it (occurredAt → record time): " + relayed.summary());
        List<Figure> figures = new java.util.ArrayList<>();
        if (onTopic.count() > 0) { // the bench's own consumer saw them (it may miss some on a starved machine)
            figures.add(Figure.measured("event occurred → relay sent it p50", relayed.p50(), "ms"));
            figures.add(Figure.measured("event occurred → relay sent it p99", relayed.p99(), "ms"));
            figures.add(Figure.measured("request sent → event on the topic p50", onTopic.p50(), "ms"));
            figures.add(Figure.measured("request sent → event on the topic p99", onTopic.p99(), "ms"));
        }
        figures.addAll(List.of(
                Figure.measured("write → effect p50", latencies.p50(), "ms"),
                Figure.measured("write → effect p95", latencies.p95(), "ms"),
                Figure.atMost("write → effect p99", latencies.p99(), "ms", 50),
                Figure.measured("write → effect max", latencies.max(), "ms"),
                Figure.atMost("writes without effect in 10 s, or refused", latencies.errors(), "", 0)));
        return figures;
    }
}
