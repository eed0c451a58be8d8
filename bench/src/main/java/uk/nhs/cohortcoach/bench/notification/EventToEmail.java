package uk.nhs.cohortcoach.bench.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Latencies;
import uk.nhs.cohortcoach.bench.Load;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * Event → email accepted at a steady 20 events/s: each ActionAssigned is stamped {@code occurredAt} as it is produced;
 * the figure is the delivery log's {@code acceptedAt} of its ACTION_ASSIGNED message minus that (what the service's
 * {@code notifications_latency_seconds} times). In the local stack the email channel is the log channel, so "accepted"
 * is when the email was written; both times come from this machine's clock.
 */
public final class EventToEmail implements Scenario {

    private static final double RATE = 20;

    @Override
    public String name() {
        return "event-to-email";
    }

    @Override
    public String measures() {
        return "ActionAssigned at 20/s → its email accepted by the channel (delivery log acceptedAt − occurredAt): p99 (target ≤ 250 ms)";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int count = context.scaled(600, 20);
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger next = new AtomicInteger();
        try (ActionEvents events = new ActionEvents(context)) {
            Latencies produced = Load.atRate(RATE, count, () -> {
                events.send(run, next.getAndIncrement());
                events.flush();
                return true;
            });
            context.log(String.format("produced %d events at %.0f/s (p99 of a send %.1f ms)", count, RATE, produced.p99()));
            List<String> ids = events.eventIds();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            List<Document> messages = events.assignedMessages(ids);
            while (messages.stream().filter(m -> m.get("acceptedAt") != null).count() < ids.size() && System.nanoTime() < deadline) {
                Thread.sleep(250);
                messages = events.assignedMessages(ids);
            }
            Latencies latency = new Latencies();
            for (Document message : messages) {
                Date accepted = message.getDate("acceptedAt");
                Date occurred = message.getDate("eventOccurredAt");
                if (accepted == null || occurred == null) {
                    latency.error();
                } else {
                    latency.record(Duration.between(occurred.toInstant(), accepted.toInstant()).toNanos());
                }
            }
            for (int missing = messages.size(); missing < ids.size(); missing++) {
                latency.error();
            }
            context.log("event → accepted: " + latency.summary() + " at " + Instant.now());
            events.clean(Duration.ofMinutes(1));
            return List.of(
                    Figure.atMost("event → email accepted p99 at 20 events/s", latency.p99(), "ms", 250),
                    Figure.measured("event → email accepted p50", latency.p50(), "ms"),
                    Figure.atMost("events without an accepted email", latency.errors(), "events", 0));
        }
    }
}
