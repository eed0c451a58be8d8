package uk.nhs.cohortcoach.platform.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.support.messaging.MessagingTestApplication.TraceRecordingListener;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.events.Role;

/** One request, followed through the outbox and Kafka to a consumer: one trace, one correlation id. */
@PlatformIntegrationTest
@TestPropertySource("classpath:messaging-test.properties")
class TracingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private TraceRecordingListener consumer;

    @Test
    void oneTraceAndOneCorrelationIdSpanTheRequestTheEventAndItsConsumer() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = UUID.randomUUID().toString();

        HttpResponse<String> response = new Http(port).request("POST", "/enrolments/" + id)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .header("X-Correlation-Id", "corr-trace-1")
                .authorization(Http.bearer("person-1", Role.PROGRAMME_MANAGER)).send();
        assertThat(response.statusCode()).isEqualTo(200);

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            ConsumerRecord<String, String> record = topic.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                    .startsWith("00-" + traceId + "-");
            assertThat(EventJson.read(record.value()).correlationId()).isEqualTo("corr-trace-1");
        }
        await().atMost(WAIT).until(() -> consumer.traceIds.containsKey(id));
        assertThat(consumer.traceIds.get(id)).isEqualTo(traceId);
    }
}
