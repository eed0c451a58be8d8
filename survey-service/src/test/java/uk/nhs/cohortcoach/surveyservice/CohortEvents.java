package uk.nhs.cohortcoach.surveyservice;

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
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

/** Publishes cohort events as cohort-service's outbox relay does, to seed the read model. */
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

    /** A cohort set up in cohort-service, with a status ({@code PLANNED}, {@code ACTIVE} or {@code CLOSED}). */
    public static void cohortCreated(String cohortId, String status) {
        publish(new CohortCreated(UUID.randomUUID(), NOW, cohortId, "Phase 2", 2, "Bespoke coaching",
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), status));
    }

    public static void cohortUpdated(String cohortId, String status) {
        publish(new CohortUpdated(UUID.randomUUID(), NOW, cohortId, "Phase 2", 2, "Bespoke coaching",
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), status));
    }

    public static void enrolled(String collaborativeId, String cohortId, String... coachIds) {
        enrolledAs(collaborativeId, cohortId, "Joined Up Care Derbyshire", coachIds);
    }

    public static void enrolledAs(String collaborativeId, String cohortId, String name, String... coachIds) {
        publish(new CollaborativeEnrolled(UUID.randomUUID(), NOW, collaborativeId, cohortId, name, "ALL_IN",
                "Derby and Derbyshire", List.of("RTG"), "elective waits", 24, List.of(coachIds)));
    }

    public static ParticipantJoined joined(String personId, String collaborativeId, String cohortId, String role) {
        ParticipantJoined event = new ParticipantJoined(UUID.randomUUID(), NOW, personId, collaborativeId, cohortId, role, null);
        publish(event);
        return event;
    }

    public static void left(String personId, String collaborativeId, String cohortId) {
        publish(new ParticipantLeft(UUID.randomUUID(), NOW, personId, collaborativeId, cohortId, null));
    }
}
