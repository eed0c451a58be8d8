package uk.nhs.cohortcoach.cohortservice.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.cohortservice.CohortFixtures;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructure;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/**
 * Deleting cohorts and collaboratives created by mistake, through the API against the real broker and Mongo
 * wire server: allowed while nothing depends on them (CohortDeleted / CollaborativeDeleted published, then
 * gone), otherwise 409 saying what does, with nothing changed or published. Sessions and waves are known only
 * from coaching's and survey's events, published here as those services do.
 */
@PlatformIntegrationTest
class RemovalApiIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final KafkaTemplate<String, String> KAFKA = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer()));

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    private Http http;
    private CohortFixtures fixtures;
    private String manager;

    @BeforeEach
    void client() {
        http = new Http(port);
        fixtures = new CohortFixtures(http);
        manager = CohortFixtures.manager();
    }

    // ---- cohorts

    @Test
    void aCohortNothingDependsOnIsDeletedWithCohortDeletedAndThenIsGone() {
        String cohortId = fixtures.createCohort();
        assertThat(Http.json(http.get("/api/cohorts/" + cohortId + "/dependents", manager)).path("deletable").asBoolean()).isTrue();

        HttpResponse<String> deleted = http.delete("/api/cohorts/" + cohortId, manager);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(http.get("/api/cohorts/" + cohortId, manager).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/cohorts?size=100", manager).body()).doesNotContain(cohortId);
        JsonNode event = awaitEvent(cohortId, "CohortDeleted");
        assertThat(event.path("payload").path("cohortId").asString()).isEqualTo(cohortId);
        assertThat(mongo.findById(cohortId, Cohort.class)).isNull();
        assertThat(http.delete("/api/cohorts/" + cohortId, manager).statusCode()).isEqualTo(404);
    }

    @Test
    void aCohortWithCollaborativesWavesAndSessionsIsNotDeletedAndTheAnswerSaysWhatDependsOnIt() {
        String cohortId = fixtures.createCohort();
        String first = enrol(cohortId, "Acute Hospitals Alliance");
        enrol(cohortId, "Joined Up Care Derbyshire");
        publish(Topics.SURVEY, new WaveOpened(UUID.randomUUID(), NOW, "wave-" + UUID.randomUUID(), cohortId, "Baseline",
                "framework-1", 1, NOW, NOW.plusSeconds(86_400)));
        publish(Topics.COACHING, session(cohortId, first));

        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> assertThatProblem(http.delete("/api/cohorts/" + cohortId, manager))
                .hasStatus(409).hasType(ProblemTypes.CONFLICT).hasReason("has-dependents")
                .hasDetailContaining("cannot be deleted because it has 2 collaboratives, 1 survey wave, 1 coaching session"));

        assertThat(http.get("/api/cohorts/" + cohortId, manager).statusCode()).isEqualTo(200);
        JsonNode dependents = Http.json(http.get("/api/cohorts/" + cohortId + "/dependents", manager));
        assertThat(dependents.path("deletable").asBoolean()).isFalse();
        assertThat(dependents.path("collaboratives").asLong()).isEqualTo(2);
        assertThat(dependents.path("waves").asLong()).isEqualTo(1);
        assertThat(dependents.path("sessions").asLong()).isEqualTo(1);
        assertThat(dependents.path("detail").asString()).contains("2 collaboratives");
        // nothing was published: a later change of the cohort arrives on its key with no CohortDeleted before it
        JsonNode cohort = Http.json(http.get("/api/cohorts/" + cohortId, manager));
        assertThat(http.send("PUT", "/api/cohorts/" + cohortId, manager, """
                {"name": "%s", "phase": 2, "startDate": "2026-04-01", "endDate": "2026-12-31", "version": %d}"""
                .formatted(cohort.path("name").asString(), cohort.path("version").asLong())).statusCode()).isEqualTo(200);
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            consumer.await(record -> cohortId.equals(record.key()) && "CohortUpdated".equals(CohortFixtures.eventType(record)), 1,
                    EVENT_TIMEOUT);
            assertThat(consumer.receivedSoFar(record -> cohortId.equals(record.key())
                    && "CohortDeleted".equals(CohortFixtures.eventType(record)))).isEmpty();
        }
    }

    @Test
    void aCohortWithOnlyAScheduledWaveIsNotDeletedAndTheAnswerNamesTheWave() {
        String cohortId = fixtures.createCohort();
        String waveId = "wave-" + UUID.randomUUID();

        tellInOrder(waveId, waveScheduled(waveId, cohortId));

        assertThatProblem(http.delete("/api/cohorts/" + cohortId, manager)).hasStatus(409).hasReason("has-dependents")
                .hasDetailContaining("cannot be deleted because it has 1 survey wave");
        JsonNode dependents = Http.json(http.get("/api/cohorts/" + cohortId + "/dependents", manager));
        assertThat(dependents.path("deletable").asBoolean()).isFalse();
        assertThat(dependents.path("waves").asLong()).isEqualTo(1);
        assertThat(http.get("/api/cohorts/" + cohortId, manager).statusCode()).isEqualTo(200);
    }

    @Test
    void aWaveCancelledBeforeItOpenedNoLongerHoldsItsCohortWhicheverEventArrivesFirst() {
        for (boolean cancelFirst : List.of(false, true)) {
            String cohortId = fixtures.createCohort();
            String waveId = "wave-" + UUID.randomUUID();
            DomainEvent scheduled = waveScheduled(waveId, cohortId);
            DomainEvent cancelled = new WaveCancelled(UUID.randomUUID(), NOW.plusSeconds(60), waveId, cohortId, WaveCancelled.BY_MANAGER);

            tellInOrder(waveId, cancelFirst ? cancelled : scheduled, cancelFirst ? scheduled : cancelled);

            JsonNode dependents = Http.json(http.get("/api/cohorts/" + cohortId + "/dependents", manager));
            assertThat(dependents.path("waves").asLong()).as("cancel first: %s", cancelFirst).isZero();
            assertThat(dependents.path("deletable").asBoolean()).as("cancel first: %s", cancelFirst).isTrue();
            HttpResponse<String> deleted = http.delete("/api/cohorts/" + cohortId, manager);
            assertThat(deleted.statusCode()).as("cancel first: %s; %s", cancelFirst, deleted.body()).isEqualTo(204);
        }
    }

    @Test
    void aWaveScheduledAndOpenedCountsOnceWhicheverEventArrivesFirst() {
        for (boolean openedFirst : List.of(false, true)) {
            String cohortId = fixtures.createCohort();
            String waveId = "wave-" + UUID.randomUUID();
            DomainEvent scheduled = waveScheduled(waveId, cohortId);
            DomainEvent opened = new WaveOpened(UUID.randomUUID(), NOW.plusSeconds(86_400), waveId, cohortId, "Baseline",
                    "framework-1", 1, NOW.plusSeconds(86_400), NOW.plusSeconds(30 * 86_400));

            tellInOrder(waveId, openedFirst ? opened : scheduled, openedFirst ? scheduled : opened);

            assertThat(Http.json(http.get("/api/cohorts/" + cohortId + "/dependents", manager)).path("waves").asLong())
                    .as("opened first: %s", openedFirst).isEqualTo(1);
            assertThatProblem(http.delete("/api/cohorts/" + cohortId, manager)).hasStatus(409).hasReason("has-dependents")
                    .hasDetailContaining("cannot be deleted because it has 1 survey wave");
        }
    }

    @Test
    void aClosedCohortIsNotDeleted() {
        String cohortId = fixtures.createCohort();
        JsonNode cohort = Http.json(http.get("/api/cohorts/" + cohortId, manager));
        assertThat(http.send("PUT", "/api/cohorts/" + cohortId, manager, """
                {"name": "%s", "phase": 2, "startDate": "2026-04-01", "endDate": "2026-12-31", "status": "CLOSED", "version": %d}"""
                .formatted(cohort.path("name").asString(), cohort.path("version").asLong())).statusCode()).isEqualTo(200);

        assertThatProblem(http.delete("/api/cohorts/" + cohortId, manager)).hasStatus(409).hasReason("closed");
        assertThat(http.get("/api/cohorts/" + cohortId, manager).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAProgrammeManagerDeletesAndAnUnknownCohortIsNotFound() {
        String cohortId = fixtures.createCohort();
        String coach = Http.bearer("coach-" + UUID.randomUUID(), Role.COACH);

        assertThatProblem(http.delete("/api/cohorts/" + cohortId, coach)).hasStatus(403);
        assertThatProblem(http.delete("/api/cohorts/no-such-cohort", manager)).hasStatus(404);
        assertThat(http.get("/api/cohorts/" + cohortId, manager).statusCode()).isEqualTo(200);
    }

    // ---- collaboratives

    @Test
    void aCollaborativeNothingDependsOnIsDeletedWithCollaborativeDeletedAndItsNameIsFreeAgain() {
        String cohortId = fixtures.createCohort();
        String id = enrol(cohortId, "Enrolled by mistake");

        HttpResponse<String> deleted = http.delete("/api/collaboratives/" + id, manager);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(http.get("/api/collaboratives/" + id, manager).statusCode()).isEqualTo(404);
        JsonNode payload = awaitEvent(id, "CollaborativeDeleted").path("payload");
        assertThat(payload.path("cohortId").asString()).isEqualTo(cohortId);
        assertThat(payload.path("name").asString()).isEqualTo("Enrolled by mistake");
        assertThat(mongo.findById(id, Collaborative.class)).isNull();
        enrol(cohortId, "Enrolled by mistake");
    }

    @Test
    void aCollaborativeWithAnyoneEverInItsTeamOrASessionIsNotDeleted() {
        String cohortId = fixtures.createCohort();
        String id = enrol(cohortId, "Team with history");
        String person = fixtures.registerPerson("Grace Hopper", "grace-" + UUID.randomUUID() + "@example.nhs.uk", Role.PARTICIPANT);
        assertThat(http.post("/api/collaboratives/" + id + "/participants", manager,
                "{\"personId\":\"" + person + "\",\"leadershipRole\":\"CHAIR\",\"joinedOn\":\"2026-04-01\"}").statusCode()).isEqualTo(201);
        assertThat(http.post("/api/collaboratives/" + id + "/participants/" + person + "/leave", manager,
                "{\"leftOn\":\"2026-04-02\"}").statusCode()).isEqualTo(200);

        assertThatProblem(http.delete("/api/collaboratives/" + id, manager)).hasStatus(409).hasReason("has-dependents")
                .hasDetailContaining("Collaborative Team with history cannot be deleted because it has 1 person in its team (now or before).");

        String coached = enrol(cohortId, "Coached");
        publish(Topics.COACHING, session(cohortId, coached));
        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> assertThatProblem(http.delete("/api/collaboratives/" + coached, manager))
                .hasStatus(409).hasDetailContaining("because it has 1 coaching session."));
        assertThat(http.get("/api/collaboratives/" + coached, manager).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/collaboratives/" + id, manager).statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionToldTwiceCountsOnce() {
        String cohortId = fixtures.createCohort();
        String id = enrol(cohortId, "Twice told");
        SessionScheduled scheduled = session(cohortId, id);
        SessionScheduled another = session(cohortId, id);
        String key = scheduled.sessionId();
        // on one key, so in this order: the event, its repeat delivery, the same session told again under a new
        // event id (as a producer retry would), then a second session as the marker that all before it were handled
        publish(Topics.COACHING, key, scheduled, "corr-1");
        publish(Topics.COACHING, key, scheduled, "corr-1");
        publish(Topics.COACHING, key, new SessionScheduled(UUID.randomUUID(), scheduled.occurredAt(), scheduled.sessionId(),
                cohortId, id, scheduled.coachId(), scheduled.type(), scheduled.title(), scheduled.startsAt(), scheduled.endsAt(),
                scheduled.location(), scheduled.inviteeIds(), null, scheduled.timeZone(), null), "corr-2");
        publish(Topics.COACHING, key, another, "corr-3");

        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> {
            assertThat(mongo.findById("session:" + another.sessionId(), Dependent.class)).isNotNull();
            assertThat(Http.json(http.get("/api/collaboratives/" + id + "/dependents", manager)).path("sessions").asLong())
                    .isEqualTo(2);
        });
    }

    @Test
    void aSessionDeletedInCoachingNoLongerHoldsItsCollaborative() {
        String cohortId = fixtures.createCohort();
        String id = enrol(cohortId, "Session by mistake");
        SessionScheduled scheduled = session(cohortId, id);
        publish(Topics.COACHING, scheduled);
        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> assertThatProblem(http.delete("/api/collaboratives/" + id, manager))
                .hasStatus(409).hasDetailContaining("because it has 1 coaching session."));

        publish(Topics.COACHING, new SessionDeleted(UUID.randomUUID(), NOW, scheduled.sessionId(), id, scheduled.coachId(),
                scheduled.title(), scheduled.startsAt(), scheduled.endsAt(), List.of(), "Europe/London", 1, false));

        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> assertThat(Http.json(http.get("/api/collaboratives/" + id + "/dependents",
                manager)).path("sessions").asLong()).isZero());
        assertThat(http.delete("/api/collaboratives/" + id, manager).statusCode()).isEqualTo(204);
    }

    // ----

    private String enrol(String cohortId, String name) {
        HttpResponse<String> response = http.post("/api/cohorts/" + cohortId + "/collaboratives", manager,
                "{\"name\":\"" + name + "\",\"sector\":\"ACUTE\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).path("id").asString();
    }

    private static WaveScheduled waveScheduled(String waveId, String cohortId) {
        return new WaveScheduled(UUID.randomUUID(), NOW, waveId, cohortId, "Baseline", "framework-1", 1, NOW.plusSeconds(86_400),
                NOW.plusSeconds(30 * 86_400));
    }

    /**
     * Publishes the events on the wave's key in this order (as a redelivery or a replay could bring them), then a
     * marker wave's WaveScheduled on the same key, and waits for the marker: everything before it has been handled.
     */
    private void tellInOrder(String key, DomainEvent... events) {
        for (DomainEvent event : events) {
            publish(Topics.SURVEY, key, event, "test-" + UUID.randomUUID());
        }
        String marker = "wave-marker-" + UUID.randomUUID();
        publish(Topics.SURVEY, key, waveScheduled(marker, "cohort-marker-" + UUID.randomUUID()), "test-marker");
        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> assertThat(mongo.findById(Dependent.WAVE + ":" + marker, Dependent.class))
                .isNotNull());
    }

    private static SessionScheduled session(String cohortId, String collaborativeId) {
        return new SessionScheduled(UUID.randomUUID(), NOW, "session-" + UUID.randomUUID(), cohortId, collaborativeId, "coach-1",
                "WORKSHOP", "Kick-off", NOW.plusSeconds(3_600), NOW.plusSeconds(7_200), "Online", List.of(), null,
                "Europe/London", null);
    }

    private static void publish(String topic, DomainEvent event) {
        publish(topic, event.aggregateId(), event, "test-" + UUID.randomUUID());
    }

    private static void publish(String topic, String key, DomainEvent event, String correlationId) {
        KAFKA.send(topic, key, EventJson.write(EventJson.envelope(event, correlationId))).join();
    }

    private static JsonNode awaitEvent(String aggregateId, String type) {
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            var records = consumer.await(record -> aggregateId.equals(record.key())
                    && type.equals(CohortFixtures.eventType(record)), 1, EVENT_TIMEOUT);
            return Http.JSON.readTree(records.get(0).value());
        }
    }
}
