package uk.nhs.cohortcoach.notificationservice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.NotificationServiceApplication;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.notificationservice.support.SimulatedClock;

/**
 * A 30-minute GOV.UK Notify outage on a simulated clock (the service's {@code Clock} bean, which the dispatcher's
 * back-offs and the {@code notify} circuit breaker both read): WireMock answers 500 for 30 minutes, then 201. The
 * dispatcher tries every 30 seconds; only a hand-over that reached Notify counts towards {@code DISPATCH_MAX_ATTEMPTS}
 * (here 20, which counting every pass would pass within 10 minutes), so the open circuit's refusals use none, and at
 * the end every message is accepted exactly once and none is a technical failure.
 *
 * <p>Its own instance of the service over its own database (as {@code TwoInstancesIT} starts one), so the shared
 * context's dispatcher, on the real clock, never takes these messages; listeners and the poll are off, and the test runs
 * each dispatcher pass itself.
 */
@NotificationIntegrationTest
class LongOutageIT {

    private static final int MESSAGES = 20;
    private static final int MAX_ATTEMPTS = 20;
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final Duration OUTAGE = Duration.ofMinutes(30);

    @Autowired
    private Environment environment;

    @Test
    void aThirtyMinuteOutageEndsWithEveryMessageDeliveredOnceAndNoneGivenUp() {
        SimulatedClock clock = new SimulatedClock(Instant.now());
        NotifyStub.failing();
        try (ConfigurableApplicationContext service = instance(clock)) {
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            Messages messages = service.getBean(Messages.class);
            Dispatcher dispatcher = service.getBean(Dispatcher.class);
            CircuitBreaker circuit = service.getBean(CircuitBreakerRegistry.class).circuitBreaker("notify");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                NewMessage message = new NewMessage("long-outage-" + UUID.randomUUID(), Fixtures.person(mongo, "Person " + i),
                        Purpose.SESSION_INVITATION, "session-outage", UUID.randomUUID().toString(), "SessionScheduled",
                        clock.instant(), clock.instant(), Map.of("title", "Board coaching"), null);
                assertThat(messages.enqueue(message)).isTrue();
                ids.add(message.id());
            }

            Set<CircuitBreaker.State> statesSeen = EnumSet.noneOf(CircuitBreaker.State.class);
            int passes = 0;
            for (Duration passed = Duration.ZERO; passed.compareTo(OUTAGE) < 0; passed = passed.plus(STEP)) {
                dispatcher.runDue();
                statesSeen.add(circuit.getState());
                clock.advance(STEP);
                passes++;
            }
            int dispatcherPasses = passes;
            assertThat(statesSeen).as("the circuit opened during the outage").contains(CircuitBreaker.State.OPEN);
            assertThat(ids).allSatisfy(id -> {
                Message waiting = mongo.findById(id, Message.class);
                assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
                assertThat(waiting.attempts()).as("attempts of %s after %d passes", id, dispatcherPasses).isLessThan(MAX_ATTEMPTS);
            });
            assertThat(ids.stream().map(id -> mongo.findById(id, Message.class)).flatMap(m -> m.history().stream())
                    .filter(attempt -> attempt.channel() == null && attempt.error().contains("not tried")))
                    .as("passes the open circuit refused without calling Notify").isNotEmpty();

            NotifyStub.accepting();
            for (int pass = 0; pass < 120 && !ids.stream().allMatch(id -> sent(mongo, id)); pass++) {
                dispatcher.runDue();
                clock.advance(STEP);
            }

            for (String id : ids) {
                Message sent = mongo.findById(id, Message.class);
                assertThat(sent.status()).as("status of %s", id).isEqualTo(DeliveryStatus.SENDING);
                List<ServeEvent> requests = NotifyStub.requestsMentioning(id);
                long accepted = requests.stream().filter(event -> event.getResponse().getStatus() == 201).count();
                long failed = requests.stream().filter(event -> event.getResponse().getStatus() == 500).count();
                assertThat(accepted).as("emails Notify accepted for %s", id).isEqualTo(1);
                // each counted attempt is a hand-over that reached Notify (with its retries, one to three requests)
                assertThat(sent.attempts() - 1L).as("failed attempts counted for %s", id).isLessThanOrEqualTo(failed);
            }
        } finally {
            NotifyStub.accepting();
        }
    }

    private static boolean sent(MongoTemplate mongo, String id) {
        return mongo.findById(id, Message.class).status() != DeliveryStatus.PENDING;
    }

    private ConfigurableApplicationContext instance(SimulatedClock clock) {
        List<String> properties = new ArrayList<>();
        for (String name : List.of("spring.kafka.bootstrap-servers", "spring.mongodb.uri", "cohort-coach.security.issuer",
                "cohort-coach.security.jwks-uri", "cohort-coach.notify.api-key", "cohort-coach.notify.base-url",
                "cohort-coach.notify.callback-token")) {
            String value = environment.getProperty(name);
            if (value != null) {
                properties.add("--" + name + "=" + value);
            }
        }
        properties.add("--server.port=0");
        properties.add("--spring.mongodb.database=notification-outage-" + UUID.randomUUID());
        properties.add("--cohort-coach.notifications.dispatch.instance=outage");
        // the test runs each pass itself, on the simulated clock
        properties.add("--cohort-coach.notifications.dispatch.enabled=false");
        properties.add("--cohort-coach.notifications.dispatch.retry-first=PT30S");
        properties.add("--cohort-coach.notifications.dispatch.retry-max=PT30S");
        properties.add("--cohort-coach.notifications.dispatch.max-attempts=" + MAX_ATTEMPTS);
        // open 5 minutes of the simulated clock, checked when a call asks (no timer on the real clock)
        properties.add("--resilience4j.circuitbreaker.instances.notify.wait-duration-in-open-state=5m");
        properties.add("--resilience4j.circuitbreaker.instances.notify.automatic-transition-from-open-to-half-open-enabled=false");
        properties.add("--resilience4j.retry.instances.notify.wait-duration=10ms");
        properties.add("--spring.kafka.listener.auto-startup=false");
        properties.add("--cohort-coach.outbox.enabled=false");
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(properties.toArray(String[]::new));
    }
}
