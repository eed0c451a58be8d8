package uk.nhs.cohortcoach.notificationservice.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import uk.nhs.cohortcoach.notificationservice.NotificationServiceApplication;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

/**
 * Not a test: pushes 1,000 ActionAssigned events through a real Kafka broker into a running
 * notification-service (real Mongo wire server, GOV.UK Notify played by WireMock answering 201) and
 * prints p50 and p99 of the time from each event's {@code occurredAt} to Notify accepting its email,
 * from the service's own {@code notifications.latency} timer and from the delivery log.
 * See the service README for how to run it.
 */
public final class LatencyBenchmark {

    private static final int EVENTS = 1_000;
    /** Emails a second allowed to Notify: the service's default (45, under Notify's 3,000 a minute) unless -Drate= says otherwise. */
    private static final int RATE = Integer.getInteger("rate", 45);

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SharedInfrastructure.Endpoints endpoints = SharedInfrastructure.endpoints();
        String database = "notification-benchmark-" + UUID.randomUUID();
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + endpoints.mongoUri(),
                "--spring.mongodb.database=" + database,
                "--cohort-coach.security.jwks-uri=" + SharedInfrastructure.jwksUri(),
                "--cohort-coach.notify.api-key=" + NotifyStub.API_KEY,
                "--cohort-coach.notify.base-url=" + NotifyStub.baseUrl(),
                "--cohort-coach.notifications.dispatch.poll-interval=PT0.05S",
                "--logging.level.uk.nhs.cohortcoach=WARN",
                "--logging.level.cohort-coach.email=WARN",
                "--resilience4j.ratelimiter.instances.notify.limit-for-period=" + RATE));
        settings.addAll(List.of(args)); // more settings, e.g. --spring.kafka.listener.concurrency=3
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run(settings.toArray(String[]::new))) {
            KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer()));
            List<String> owners = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                String person = "bench-person-" + UUID.randomUUID();
                owners.add(person);
                publish(kafka, Topics.COHORT, new PersonRegistered(UUID.randomUUID(), Instant.now(), person, "Person " + i,
                        person + "@example.nhs.uk", "Improvement lead", "RHQ", List.of("PARTICIPANT")));
            }
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            await(() -> mongo.count(new Query(), "people") >= EVENTS, Duration.ofMinutes(2), "people read model");

            Instant start = Instant.now();
            for (String owner : owners) {
                publish(kafka, Topics.COACHING, new ActionAssigned(UUID.randomUUID(), Instant.now(), "bench-action-" + UUID.randomUUID(),
                        "bench-session", "bench-collaborative", owner, "Share the equity data", LocalDate.now().plusDays(30), "Owner"));
            }
            Query accepted = Query.query(Criteria.where("purpose").is(Purpose.ACTION_ASSIGNED).and("status").is(DeliveryStatus.SENDING));
            await(() -> mongo.count(accepted, Message.class) >= EVENTS, Duration.ofMinutes(5), "1,000 emails accepted");
            Duration wall = Duration.between(start, Instant.now());

            var timer = service.getBean(io.micrometer.core.instrument.MeterRegistry.class).find("notifications.latency")
                    .tag("purpose", Purpose.ACTION_ASSIGNED.templateKey()).timer();
            List<Long> fromLog = mongo.find(accepted, Message.class).stream()
                    .map(m -> Duration.between(m.eventOccurredAt(), m.acceptedAt()).toMillis()).sorted().toList();
            System.out.printf("notification latency, %d ActionAssigned events -> Notify accepted (WireMock), rate limit %d/s, wall %.1f s%n",
                    EVENTS, RATE, wall.toMillis() / 1000.0);
            for (var percentile : timer.takeSnapshot().percentileValues()) {
                System.out.printf("  timer  p%.0f = %.0f ms%n", percentile.percentile() * 100,
                        percentile.value(java.util.concurrent.TimeUnit.MILLISECONDS));
            }
            List<Long> queued = mongo.find(accepted, Message.class).stream()
                    .map(m -> Duration.between(m.eventOccurredAt(), m.createdAt()).toMillis()).sorted().toList();
            System.out.printf("  event -> message stored: p50 = %d ms, p99 = %d ms%n", at(queued, 0.50), at(queued, 0.99));
            System.out.printf("  log    p50 = %d ms, p99 = %d ms, max = %d ms (n = %d)%n", at(fromLog, 0.50), at(fromLog, 0.99),
                    fromLog.get(fromLog.size() - 1), fromLog.size());
        }
        System.exit(0);
    }

    private static void publish(KafkaTemplate<String, String> kafka, String topic, DomainEvent event) {
        kafka.send(topic, event.aggregateId(), EventJson.write(EventJson.envelope(event, "bench-" + event.eventId())));
    }

    private static long at(List<Long> sorted, double percentile) {
        return sorted.get((int) Math.ceil(percentile * sorted.size()) - 1);
    }

    private static void await(java.util.function.BooleanSupplier done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
