package uk.nhs.cohortcoach.notificationservice;

import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

/** Publishes events to the shared broker as the publishing services' outbox relays do. */
public final class PlatformEvents {

    private static final DefaultKafkaProducerFactory<String, String> PRODUCERS = new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    private static final KafkaTemplate<String, String> KAFKA = new KafkaTemplate<>(PRODUCERS);

    private PlatformEvents() {
    }

    public static void publish(String topic, DomainEvent event) {
        KAFKA.send(topic, event.aggregateId(), EventJson.write(EventJson.envelope(event, "test-" + UUID.randomUUID()))).join();
    }
}
