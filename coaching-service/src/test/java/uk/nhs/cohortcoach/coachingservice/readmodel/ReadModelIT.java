package uk.nhs.cohortcoach.coachingservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;

@PlatformIntegrationTest
class ReadModelIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final DefaultKafkaProducerFactory<String, String> PRODUCERS = new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    private static final KafkaTemplate<String, String> KAFKA = new KafkaTemplate<>(PRODUCERS);

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Autowired
    private MongoTemplate mongo;

    @AfterAll
    static void closeProducer() {
        PRODUCERS.destroy();
    }

    @Test
    void buildsTheViewsFromCohortEvents() {
        Ids ids = new Ids();
        publishProgramme(ids);

        awaitProgramme(ids);
    }

    @Test
    void handlesThePartitionsSideBySideAndKeepsEachPersonsEventsInOrder() {
        List<String> people = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "person-" + UUID.randomUUID()).toList();
        for (String person : people) {
            publish(new PersonRegistered(UUID.randomUUID(), NOW, person, "Name 0", person + "@nhs.net", null, "RHQ", List.of("PARTICIPANT")));
        }
        int renames = 25;
        for (int n = 1; n <= renames; n++) { // interleaved across people, so across the topic's partitions
            for (String person : people) {
                KAFKA.send(Topics.COHORT, person, EventJson.write(EventJson.envelope(new PersonUpdated(UUID.randomUUID(), NOW, person,
                        "Name " + n, person + "@nhs.net", null, "RHQ", List.of("PARTICIPANT")), "test-" + UUID.randomUUID())));
            }
        }
        KAFKA.flush();

        // a later rename handled before an earlier one of the same person would leave an earlier name
        await().atMost(WAIT).untilAsserted(() -> assertThat(people).allSatisfy(person ->
                assertThat(mongo.findById(person, PersonView.class)).extracting(PersonView::name).isEqualTo("Name " + renames)));
    }

    @Test
    void anEventDeliveredThreeTimesHasOneEffect() {
        String person = "person-" + UUID.randomUUID();
        String collaborative = "collaborative-" + UUID.randomUUID();
        publish(new PersonRegistered(UUID.randomUUID(), NOW, person, "Grace", "grace@nhs.net", null, "RHQ", List.of("PARTICIPANT")));
        ParticipantJoined joined = new ParticipantJoined(UUID.randomUUID(), NOW, person, collaborative, "c", "BOARD_MEMBER", null);
        publish(joined);
        publish(joined);
        publish(joined);
        ParticipantLeft left = new ParticipantLeft(UUID.randomUUID(), NOW, person, collaborative, "c", null);
        publish(left);
        // a late repeat of the join after the leave must not put the person back in the team
        publish(joined);
        PersonUpdated marker = new PersonUpdated(UUID.randomUUID(), NOW, person, "Grace H", "grace@nhs.net", null, "RHQ",
                List.of("PARTICIPANT"));
        publish(marker);

        await().atMost(WAIT).untilAsserted(() -> assertThat(mongo.findById(person, PersonView.class).name()).isEqualTo("Grace H"));
        assertThat(mongo.findById(person, PersonView.class).currentCollaborativeIds()).isEmpty();
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(joined.eventId().toString())
                .and("consumer").is(CohortReadModel.CONSUMER)), "processed_events")).isEqualTo(1);
    }

    @Test
    void rebuildingAfterDroppingGivesTheSameViews() throws Exception {
        Ids ids = new Ids();
        publishProgramme(ids);
        awaitProgramme(ids);
        CohortView cohort = mongo.findById(ids.cohort, CohortView.class);
        CollaborativeView collaborative = mongo.findById(ids.collaborative, CollaborativeView.class);
        PersonView member = mongo.findById(ids.member, PersonView.class);
        PersonView coach = mongo.findById(ids.coach, PersonView.class);
        mongo.dropCollection(CohortView.class);
        mongo.dropCollection(CollaborativeView.class);
        mongo.dropCollection(PersonView.class);

        HttpResponse<String> rebuilt = http.post("/api/sessions/read-model/rebuild", Http.bearer("manager-1", Role.PROGRAMME_MANAGER), null);

        assertThat(rebuilt.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(rebuilt.body());
        assertThat(result.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(result.get("cohorts").asLong()).isEqualTo(mongo.count(new Query(), CohortView.class)).isPositive();
        assertThat(result.get("collaboratives").asLong()).isEqualTo(mongo.count(new Query(), CollaborativeView.class)).isPositive();
        assertThat(result.get("people").asLong()).isEqualTo(mongo.count(new Query(), PersonView.class)).isGreaterThanOrEqualTo(2);
        assertThat(mongo.findById(ids.cohort, CohortView.class)).isEqualTo(cohort);
        assertThat(mongo.findById(ids.collaborative, CollaborativeView.class)).isEqualTo(collaborative);
        assertThat(mongo.findById(ids.member, PersonView.class)).isEqualTo(member);
        assertThat(mongo.findById(ids.coach, PersonView.class)).isEqualTo(coach);
        assertThat(mongo.getCollection("processed_events").countDocuments(new Document("consumer", CohortReadModel.CONSUMER)))
                .isGreaterThanOrEqualTo(result.get("eventsReplayed").asLong());
    }

    @Test
    void aRebuildEndsWithTheSameDocumentsAsBeforeIt() throws Exception {
        // first, a read model built from events only (other tests write view documents of their own directly)
        assertThat(http.post("/api/sessions/read-model/rebuild", Http.bearer("manager-1", Role.PROGRAMME_MANAGER), null).statusCode()).isEqualTo(200);
        Ids ids = new Ids();
        publishProgramme(ids);
        awaitProgramme(ids);
        // whatever else the module's tests published is applied too: the views stop changing
        Map<String, List<Document>> before = await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(new SettledViews(), java.util.Objects::nonNull);

        HttpResponse<String> rebuilt = http.post("/api/sessions/read-model/rebuild", Http.bearer("manager-1", Role.PROGRAMME_MANAGER), null);

        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(viewCollections()).isEqualTo(before);
    }

    /** The views once two looks half a second apart find them the same; null while they still change. */
    private final class SettledViews implements java.util.concurrent.Callable<Map<String, List<Document>>> {

        private Map<String, List<Document>> last;

        @Override
        public Map<String, List<Document>> call() {
            Map<String, List<Document>> now = viewCollections();
            boolean settled = now.equals(last);
            last = now;
            return settled ? now : null;
        }
    }

    /** Every document of the three views, by collection, in id order. */
    private Map<String, List<Document>> viewCollections() {
        Map<String, List<Document>> documents = new java.util.TreeMap<>();
        for (Class<?> view : List.of(CohortView.class, CollaborativeView.class, PersonView.class)) {
            String collection = mongo.getCollectionName(view);
            documents.put(collection, mongo.find(new Query().with(org.springframework.data.domain.Sort.by("_id")), Document.class,
                    collection));
        }
        return documents;
    }

    /** Events of different keys land on different partitions: waits until every one of them is applied. */
    private void awaitProgramme(Ids ids) {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(mongo.findById(ids.cohort, CohortView.class))
                    .isEqualTo(new CohortView(ids.cohort, "Phase 2", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 10, 30), "ACTIVE"));
            assertThat(mongo.findById(ids.collaborative, CollaborativeView.class))
                    .isEqualTo(new CollaborativeView(ids.collaborative, ids.cohort, "Joined Up Care Derbyshire",
                            List.of(ids.coach, ids.secondCoach), 30));
            PersonView member = mongo.findById(ids.member, PersonView.class);
            assertThat(member).isNotNull();
            assertThat(member.name()).isEqualTo("Ada Lovelace-Byron");
            assertThat(member.email()).isEqualTo("ada.byron@nhs.net");
            assertThat(member.roles()).containsExactly("PARTICIPANT");
            assertThat(member.currentCollaborativeIds()).containsExactly(ids.collaborative);
            PersonView coach = mongo.findById(ids.coach, PersonView.class);
            assertThat(coach).isNotNull();
            assertThat(coach.isCoach()).isTrue();
        });
    }

    private void publishProgramme(Ids ids) {
        publish(new CohortCreated(UUID.randomUUID(), NOW, ids.cohort, "Phase 2", 2, "Bespoke coaching",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30), "PLANNED"));
        publish(new CohortUpdated(UUID.randomUUID(), NOW, ids.cohort, "Phase 2", 2, "Bespoke coaching",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 10, 30), "ACTIVE"));
        publish(new CollaborativeEnrolled(UUID.randomUUID(), NOW, ids.collaborative, ids.cohort, "Joined Up Care Derbyshire",
                "ALL_IN", "Derby and Derbyshire", List.of("RTG"), "elective waits", 24, List.of(ids.coach)));
        publish(new CollaborativeUpdated(UUID.randomUUID(), NOW, ids.collaborative, ids.cohort, "Joined Up Care Derbyshire",
                "ALL_IN", "Derby and Derbyshire", List.of("RTG"), "elective waits", 30, List.of(ids.coach, ids.secondCoach)));
        publish(new PersonRegistered(UUID.randomUUID(), NOW, ids.coach, "Coach One", "coach1@nhs.net", "Coach", null, List.of("COACH")));
        publish(new PersonRegistered(UUID.randomUUID(), NOW, ids.member, "Ada Lovelace", "ada@nhs.net", "Director", "RTG",
                List.of("PARTICIPANT")));
        publish(new ParticipantJoined(UUID.randomUUID(), NOW, ids.member, ids.collaborative, ids.cohort, "BOARD_MEMBER", null));
        publish(new ParticipantJoined(UUID.randomUUID(), NOW, ids.member, ids.otherCollaborative, ids.cohort, "BOARD_MEMBER", null));
        publish(new ParticipantLeft(UUID.randomUUID(), NOW, ids.member, ids.otherCollaborative, ids.cohort, null));
        publish(new PersonUpdated(UUID.randomUUID(), NOW, ids.member, "Ada Lovelace-Byron", "ada.byron@nhs.net", "Director", "RTG",
                List.of("PARTICIPANT")));
    }

    /** As cohort-service's outbox relay publishes: the envelope as JSON, keyed by the aggregate id. */
    private static void publish(DomainEvent event) {
        KAFKA.send(Topics.COHORT, event.aggregateId(), EventJson.write(EventJson.envelope(event, "test-" + UUID.randomUUID()))).join();
    }

    private static final class Ids {
        final String cohort = "cohort-" + UUID.randomUUID();
        final String collaborative = "collaborative-" + UUID.randomUUID();
        final String otherCollaborative = "collaborative-" + UUID.randomUUID();
        final String coach = "coach-" + UUID.randomUUID();
        final String secondCoach = "coach-" + UUID.randomUUID();
        final String member = "person-" + UUID.randomUUID();
    }
}
