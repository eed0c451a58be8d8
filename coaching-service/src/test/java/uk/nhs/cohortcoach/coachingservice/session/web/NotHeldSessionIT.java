package uk.nhs.cohortcoach.coachingservice.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * A scheduled session that did not happen, through the API: its coach or a programme manager marks it once its start
 * has passed, with a reason; SessionNotHeld leaves on the broker, the summary counts it as planned and not delivered,
 * and then it can be neither logged, cancelled, moved nor marked again. Refusals store and publish nothing.
 */
@PlatformIntegrationTest
class NotHeldSessionIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MANAGER = Http.bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;

    private Http http;
    private String coach;
    private String collaborativeId;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        coach = "coach-" + UUID.randomUUID();
        collaborativeId = "collab-" + UUID.randomUUID();
        mongo.insert(new CollaborativeView(collaborativeId, "cohort-1", "Joined Up Care Derbyshire", List.of(coach), 20));
    }

    @Test
    void theCoachMarksAStartedSessionAsDidNotHappenWithItsReasonAndTheSummaryCountsItAsNotDelivered() {
        Session session = session(Instant.now().minus(Duration.ofHours(3)), null);

        HttpResponse<String> marked = http.post(path(session, "/not-held"), coachToken(),
                "{\"reason\":\"  Nobody from the trust could join: winter pressures \",\"version\":0}");

        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        JsonNode body = Http.json(marked);
        assertThat(body.get("status").asString()).isEqualTo("NOT_HELD");
        assertThat(body.get("notHeldReason").asString()).isEqualTo("Nobody from the trust could join: winter pressures");
        assertThat(body.get("logged").asBoolean()).isFalse();
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            ConsumerRecord<String, String> record = topic.await(r -> session.id().equals(r.key()), 1, WAIT).get(0);
            assertThat(EventJson.payload(EventJson.read(record.value())).orElseThrow()).isInstanceOfSatisfying(SessionNotHeld.class,
                    event -> {
                        assertThat(event.reason()).isEqualTo("Nobody from the trust could join: winter pressures");
                        assertThat(event.coachId()).isEqualTo(coach);
                        assertThat(event.startsAt()).isEqualTo(session.startsAt());
                    });
        }
        JsonNode summary = Http.json(http.get("/api/sessions/summary?collaborativeId=" + collaborativeId, MANAGER));
        assertThat(summary.get("sessionsPlanned").asInt()).isEqualTo(1);
        assertThat(summary.get("sessionsNotHeld").asInt()).isEqualTo(1);
        assertThat(summary.get("sessionsDelivered").asInt()).isZero();
        assertThat(summary.get("hoursDelivered").asDouble()).isZero();

        Document before = stored(session.id());
        assertThatProblem(http.put("/api/sessions/" + session.id() + "/log", coachToken(),
                "{\"attendeeIds\":[],\"equityPause\":{\"held\":false}}")).hasStatus(409).hasDetailContaining("did not happen");
        assertThatProblem(http.post(path(session, "/cancel"), MANAGER, "{\"reason\":\"Tidy up\",\"version\":1}"))
                .hasStatus(409).hasReason("session-not-held");
        assertThatProblem(http.post(path(session, "/not-held"), MANAGER, "{\"reason\":\"Again\",\"version\":1}"))
                .hasStatus(409).hasReason("session-not-held").hasDetailContaining("already");
        assertThat(stored(session.id())).as("refusals change nothing").isEqualTo(before);
    }

    @Test
    void aProgrammeManagerMayMarkItTooButNeitherAnotherCoachNorAParticipant() {
        Session session = session(Instant.now().minus(Duration.ofHours(3)), null);

        assertThatProblem(http.post(path(session, "/not-held"), Http.bearer("p-1", Role.PARTICIPANT),
                "{\"reason\":\"x\",\"version\":0}")).hasStatus(403);
        assertThatProblem(http.post(path(session, "/not-held"), Http.bearer("coach-elsewhere", Role.COACH),
                "{\"reason\":\"x\",\"version\":0}")).hasStatus(404);
        HttpResponse<String> marked = http.post(path(session, "/not-held"), MANAGER,
                "{\"reason\":\"The coach was off sick\",\"version\":0}");

        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(mongo.findById(session.id(), Session.class).status()).isEqualTo(SessionStatus.NOT_HELD);
    }

    @Test
    void aSessionNotYetStartedOrAlreadyLoggedCannotBeMarkedAndAReasonIsRequired() {
        Session future = session(Instant.now().plus(Duration.ofDays(2)), null);
        Instant started = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        Session held = session(started, new SessionLog(List.of("p-1"), List.of(), "Agreed the focus.",
                Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(false, null), started, started));
        Document futureBefore = stored(future.id());
        Document heldBefore = stored(held.id());

        assertThatProblem(http.post(path(future, "/not-held"), coachToken(), "{\"reason\":\"Snow\",\"version\":0}"))
                .hasStatus(409).hasReason("session-not-started").hasDetailContaining("Cancel it");
        assertThatProblem(http.post(path(held, "/not-held"), coachToken(), "{\"reason\":\"Oops\",\"version\":0}"))
                .hasStatus(409).hasReason("session-held").hasDetailContaining("logged");
        assertThatProblem(http.post(path(future, "/not-held"), coachToken(), "{\"reason\":\" \",\"version\":0}"))
                .hasStatus(400).hasFieldError("reason");
        assertThatProblem(http.post(path(future, "/not-held"), coachToken(), "{\"reason\":\"" + "x".repeat(501) + "\",\"version\":0}"))
                .hasStatus(400).hasFieldError("reason");
        assertThatProblem(http.post(path(future, "/not-held"), coachToken(), "{\"reason\":\"Snow\"}"))
                .hasStatus(400).hasFieldError("version");

        assertThat(stored(future.id())).isEqualTo(futureBefore);
        assertThat(stored(held.id())).isEqualTo(heldBefore);
    }

    private Session session(Instant start, SessionLog log) {
        return outbox.insert(TestData.session("cohort-1", collaborativeId, coach, start, Duration.ofMinutes(90), List.of("p-1"),
                SessionStatus.SCHEDULED, log));
    }

    private String coachToken() {
        return Http.bearer(coach, Role.COACH);
    }

    private static String path(Session session, String action) {
        return "/api/sessions/" + session.id() + action;
    }

    /** The stored session, its version included, without the outbox the relay may still be emptying of earlier events. */
    private Document stored(String id) {
        Document document = mongo.getCollection("sessions").find(new Document("_id", id)).first();
        document.remove("_outbox");
        return document;
    }
}
