package uk.nhs.cohortcoach.bench.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * A backlog for notification-service: N ActionAssigned (each owing an email now and a reminder later) produced to the
 * coaching topic as fast as the producer goes, timed from the first send until the service's consumer group has
 * committed past the last (lag 0, read with the Admin client every 50 ms). The producer outruns the consumer, so the
 * figure is the service's consumption rate; the messages it stored are counted to show none was lost or doubled.
 */
public final class NotifyBacklog implements Scenario {

    @Override
    public String name() {
        return "notify-backlog";
    }

    @Override
    public String measures() {
        return "notification-service consuming a backlog of 5,000 ActionAssigned produced at once: events/s (target ≥ 300)";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int count = context.scaled(5_000, 100);
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (ActionEvents events = new ActionEvents(context); Admin admin = Admin.create(context.kafka())) {
            long startLag = ActionEvents.lag(admin);
            if (startLag > 0) {
                context.log("notification-service has " + startLag + " records to read before the run; waiting for them");
                waitForLag(admin, Duration.ofMinutes(2));
            }
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                events.send(run, i);
            }
            events.flush();
            double producedSeconds = (System.nanoTime() - start) / 1e9;
            context.log(String.format("produced %d events in %.2f s; waiting for notification-service to read them", count,
                    producedSeconds));
            waitForLag(admin, Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            int stored = events.assignedMessages(events.eventIds()).size();
            context.log(String.format("consumed in %.2f s; %d of %d ACTION_ASSIGNED messages stored", seconds, stored, count));
            events.clean(Duration.ofMinutes(5));
            return List.of(
                    Figure.atLeast("events consumed per second (" + count + " from a backlog)", count / seconds, "events/s", 300),
                    Figure.measured("producing them took", producedSeconds, "s"),
                    Figure.measured("ACTION_ASSIGNED messages stored per event", (double) stored / count, "(1 = none lost or doubled)"));
        }
    }

    private static void waitForLag(Admin admin, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (ActionEvents.lag(admin) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("notification-service did not catch up within " + limit);
            }
            Thread.sleep(50);
        }
    }
}
