package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * 50 people register at the same moment for 10 places, through the running service on the real database: each
 * registration is a compare-and-set of the whole event, retried when another got in first, so exactly 10 get a place
 * and 40 wait at positions 1 to 40, and the events say the same.
 */
@PlatformIntegrationTest
@Import(OpenEventFixtures.class)
class RegistrationConcurrencyIT {

    @LocalServerPort
    private int port;

    @Autowired
    private Clock clock;

    @Test
    void fiftyAtOnceForTenPlacesGiveTenPlacesAndFortyWaitingInOrder() throws Exception {
        Http http = new Http(port);
        String eventId = OpenEventTestCalls.schedule(http, "Busy event", 10, 14, clock);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.HUB)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                Callable<HttpResponse<String>> register = () -> {
                    go.await();
                    return OpenEventTestCalls.register(new Http(port), eventId, "Person " + n, "person" + n + "@example.org", "RJ1");
                };
                answers.add(pool.submit(register));
            }
            go.countDown();
            Set<String> bodies = new java.util.HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                bodies.add(response.body());
            }
            assertThat(bodies).as("every answer the same").hasSize(1);

            JsonNode event = OpenEventTestCalls.manage(http, eventId);
            List<JsonNode> registrations = new ArrayList<>();
            event.path("registrations").forEach(registrations::add);
            assertThat(registrations).hasSize(50);
            assertThat(registrations).filteredOn(r -> r.path("status").asString().equals("CONFIRMED")).hasSize(10);
            List<Integer> positions = registrations.stream().filter(r -> r.path("status").asString().equals("WAITLISTED"))
                    .map(r -> r.path("position").asInt()).sorted().toList();
            assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
            assertThat(event.path("placesLeft").asInt()).isZero();
            assertThat(event.path("waitingList").asInt()).isEqualTo(40);

            List<ConsumerRecord<String, String>> records = consumer.await(r -> eventId.equals(r.key())
                    && (r.value().contains("\"RegistrationConfirmed\"") || r.value().contains("\"RegistrationWaitlisted\"")), 50,
                    Duration.ofSeconds(60));
            List<JsonNode> payloads = records.stream().map(r -> Http.JSON.readTree(r.value())).toList();
            assertThat(payloads).filteredOn(p -> p.path("type").asString().equals("RegistrationConfirmed")).hasSize(10);
            assertThat(payloads.stream().filter(p -> p.path("type").asString().equals("RegistrationWaitlisted"))
                    .map(p -> p.at("/payload/position").asInt()).collect(Collectors.toList()))
                    .as("waiting-list positions in the order they were published").containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
