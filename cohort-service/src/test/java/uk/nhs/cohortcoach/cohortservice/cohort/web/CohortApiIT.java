package uk.nhs.cohortcoach.cohortservice.cohort.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.cohortservice.cohort.Cohort;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

@PlatformIntegrationTest
class CohortApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MANAGER = "Bearer " + TestTokens.forRoles("manager-1", Role.PROGRAMME_MANAGER);
    private static final String COACH = "Bearer " + TestTokens.forRoles("coach-1", Role.COACH);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Autowired
    private MongoTemplate mongo;

    @Test
    void createsACohortAndPublishesCohortCreated() throws Exception {
        String name = "Phase " + UUID.randomUUID();

        HttpResponse<String> created = http.send("POST", "/api/cohorts", MANAGER, body(name, 2, "2026-01-05", "2026-09-30", null, null));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode cohort = JSON.readTree(created.body());
        String id = cohort.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/cohorts/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(cohort.get("status").asString()).isEqualTo("PLANNED");
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            ConsumerRecord<String, String> record = topic.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            EventEnvelope envelope = EventJson.read(record.value());
            assertThat(envelope.type()).isEqualTo("CohortCreated");
            CohortCreated event = (CohortCreated) EventJson.payload(envelope).orElseThrow();
            assertThat(event.name()).isEqualTo(name);
            assertThat(event.startDate()).hasToString("2026-01-05");
        }
        HttpResponse<String> read = http.send("GET", "/api/cohorts/" + id, MANAGER, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("name").asString()).isEqualTo(name);
    }

    @Test
    void movesTheStatusForwardAndPublishesCohortUpdated() throws Exception {
        String id = create("Phase forward");

        HttpResponse<String> updated = http.send("PUT", "/api/cohorts/" + id, MANAGER,
                body("Phase forward", 2, "2026-01-05", "2026-09-30", "ACTIVE", 0L));

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("version").asLong()).isEqualTo(1);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COHORT)) {
            ConsumerRecord<String, String> record = topic.await(r -> id.equals(r.key())
                    && EventJson.read(r.value()).type().equals("CohortUpdated"), 1, WAIT).get(0);
            assertThat(((CohortUpdated) EventJson.payload(EventJson.read(record.value())).orElseThrow()).status())
                    .isEqualTo("ACTIVE");
        }
    }

    @Test
    void refusesAStaleUpdateAndChangesNothing() throws Exception {
        String id = create("Phase stale");
        assertThat(http.send("PUT", "/api/cohorts/" + id, MANAGER,
                body("Phase stale", 2, "2026-01-05", "2026-09-30", "ACTIVE", 0L)).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = http.send("PUT", "/api/cohorts/" + id, MANAGER,
                body("Renamed by a stale client", 2, "2026-01-05", "2026-09-30", "ACTIVE", 0L));

        assertThatProblem(stale).hasStatus(409).hasType(ProblemTypes.CONCURRENT_MODIFICATION);
        assertThat(mongo.findById(id, Cohort.class).name()).isEqualTo("Phase stale");
    }

    @Test
    void keepsAClosedCohortReadOnlyAndTheStatusMovingForward() throws Exception {
        String id = create("Phase closing");
        assertThat(http.send("PUT", "/api/cohorts/" + id, MANAGER,
                body("Phase closing", 2, "2026-01-05", "2026-09-30", "CLOSED", 0L)).statusCode()).isEqualTo(200);

        assertThatProblem(http.send("PUT", "/api/cohorts/" + id, MANAGER,
                body("Phase reopened", 2, "2026-01-05", "2026-09-30", "ACTIVE", 1L))).hasStatus(409).hasType(ProblemTypes.CONFLICT);

        String other = create("Phase backwards");
        assertThat(http.send("PUT", "/api/cohorts/" + other, MANAGER,
                body("Phase backwards", 2, "2026-01-05", "2026-09-30", "ACTIVE", 0L)).statusCode()).isEqualTo(200);
        assertThatProblem(http.send("PUT", "/api/cohorts/" + other, MANAGER,
                body("Phase backwards", 2, "2026-01-05", "2026-09-30", "PLANNED", 1L))).hasStatus(400).hasFieldError("status");
    }

    @Test
    void refusesAnEndDateBeforeTheStart() throws Exception {
        assertThatProblem(http.send("POST", "/api/cohorts", MANAGER, body("Backwards", 1, "2026-05-01", "2026-04-01", null, null)))
                .hasStatus(400).hasFieldError("endDate");
    }

    @Test
    void hidesCohortsACoachDoesNotCoach() throws Exception {
        String id = create("Phase not coached");

        assertThatProblem(http.send("GET", "/api/cohorts/" + id, COACH, null)).hasStatus(404);
        assertThat(JSON.readTree(http.send("GET", "/api/cohorts?size=100", COACH, null).body()).get("items").toString())
                .doesNotContain(id);
    }

    @Test
    void pagesCapTheSize() throws Exception {
        create("Phase paged");
        JsonNode page = JSON.readTree(http.send("GET", "/api/cohorts?size=1000&sort=name,desc", MANAGER, null).body());
        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(page.get("totalItems").asLong()).isPositive();
    }

    private String create(String name) throws Exception {
        HttpResponse<String> created = http.send("POST", "/api/cohorts", MANAGER, body(name, 2, "2026-01-05", "2026-09-30", null, null));
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private static String body(String name, int phase, String start, String end, String status, Long version) {
        return "{\"name\":\"" + name + "\",\"phase\":" + phase + ",\"description\":\"Bespoke peer learning and coaching\","
                + "\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\""
                + (status == null ? "" : ",\"status\":\"" + status + "\"")
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }
}
