package uk.nhs.cohortcoach.coachingservice;

import java.time.Instant;
import java.time.LocalDate;
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
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

/** Publishes cohort events as cohort-service's outbox relay does (the envelope as JSON, keyed by the aggregate id). */
public final class CohortEvents {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final DefaultKafkaProducerFactory<String, String> PRODUCERS = new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    private static final KafkaTemplate<String, String> KAFKA = new KafkaTemplate<>(PRODUCERS);

    private CohortEvents() {
    }

    public static void publish(DomainEvent event) {
        KAFKA.send(Topics.COHORT, event.aggregateId(), EventJson.write(EventJson.envelope(event, "test-" + UUID.randomUUID()))).join();
    }

    /** An active cohort for 2026 with one collaborative coached by {@code coachId}. */
    public static void cohortWithCollaborative(String cohortId, String collaborativeId, String coachId) {
        publish(new CohortCreated(UUID.randomUUID(), NOW, cohortId, "Phase 2", 2, "Bespoke coaching",
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), "ACTIVE"));
        publish(new CollaborativeEnrolled(UUID.randomUUID(), NOW, collaborativeId, cohortId, "Joined Up Care Derbyshire",
                "ALL_IN", "Derby and Derbyshire", List.of("RTG"), "elective waits", 24, List.of(coachId)));
    }

    public static void registered(String personId, String name, String... roles) {
        publish(new PersonRegistered(UUID.randomUUID(), NOW, personId, name, personId + "@example.nhs.uk", null, null,
                List.of(roles)));
    }

    public static void joined(String personId, String collaborativeId, String cohortId) {
        publish(new ParticipantJoined(UUID.randomUUID(), NOW, personId, collaborativeId, cohortId, "BOARD_MEMBER", null));
    }
}
