package uk.nhs.cohortcoach.hubservice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

/** Publishes cohort events as cohort-service's outbox relay does, to seed hub-service's read model of membership. */
public final class CohortEvents {

    private static final Instant NOW = Instant.parse("2027-01-01T09:00:00Z");
    private static final DefaultKafkaProducerFactory<String, String> PRODUCERS = new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    private static final KafkaTemplate<String, String> KAFKA = new KafkaTemplate<>(PRODUCERS);

    private CohortEvents() {
    }

    public static void publish(DomainEvent event) {
        KAFKA.send(Topics.COHORT, event.aggregateId(), EventJson.write(EventJson.envelope(event, "test-" + UUID.randomUUID()))).join();
    }

    public static void enrolled(String collaborativeId, String cohortId, String... coachIds) {
        publish(new CollaborativeEnrolled(UUID.randomUUID(), NOW, collaborativeId, cohortId, "Joined Up Care Derbyshire", "ALL_IN",
                "Derby and Derbyshire", List.of("RTG"), "elective waits", 24, List.of(coachIds)));
    }

    public static void joined(String personId, String collaborativeId, String cohortId) {
        publish(new ParticipantJoined(UUID.randomUUID(), NOW, personId, collaborativeId, cohortId, "BOARD_MEMBER", null));
    }

    public static void left(String personId, String collaborativeId, String cohortId) {
        publish(new ParticipantLeft(UUID.randomUUID(), NOW, personId, collaborativeId, cohortId, null));
    }
}
