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
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * Deleting a session created by mistake, through the API: a programme manager may while nothing depends on it; it
 * then vanishes from every read (the session, lists, the summary, calendar feeds) and SessionDeleted leaves on the broker. A session
 * that was logged, marked as did not happen or has actions is refused with a 409 saying what depends on it, and a
 * refusal changes nothing.
 */
@PlatformIntegrationTest
class DeleteSessionIT {

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
    void aManagerDeletesAScheduledSessionWhichThenVanishesFromEveryReadAndSessionDeletedLeaves() {
        Session mistake = session(Instant.now().plus(Duration.ofDays(3)), SessionStatus.SCHEDULED, null);
        Session kept = session(Instant.now().plus(Duration.ofDays(4)), SessionStatus.SCHEDULED, null);

        HttpResponse<String> deleted = http.delete("/api/sessions/" + mistake.id() + "?version=0", MANAGER);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            ConsumerRecord<String, String> record = topic.await(r -> mistake.id().equals(r.key()), 1, WAIT).get(0);
            assertThat(EventJson.payload(EventJson.read(record.value())).orElseThrow()).isInstanceOfSatisfying(SessionDeleted.class,
                    event -> {
                        assertThat(event.alreadyCancelled()).isFalse();
                        assertThat(event.inviteeIds()).containsExactly("p-1");
                        assertThat(event.sequence()).isEqualTo(1);
                        assertThat(event.startsAt()).isEqualTo(mistake.startsAt());
                    });
        }
        assertThatProblem(http.get("/api/sessions/" + mistake.id(), MANAGER)).hasStatus(404);
        assertThatProblem(http.get("/api/sessions/" + mistake.id(), Http.bearer(coach, Role.COACH))).hasStatus(404);
        JsonNode list = Http.json(http.get("/api/sessions?collaborativeId=" + collaborativeId, MANAGER));
        assertThat(list.get("items").findValuesAsString("id")).containsExactly(kept.id());
        JsonNode summary = Http.json(http.get("/api/sessions/summary?collaborativeId=" + collaborativeId, MANAGER));
        assertThat(summary.get("sessionsPlanned").asInt()).isEqualTo(1);
        assertThatProblem(http.delete("/api/sessions/" + mistake.id() + "?version=1", MANAGER)).hasStatus(404);
        HttpResponse<String> feed = http.post("/api/sessions/feeds", MANAGER,
                "{\"kind\":\"COLLABORATIVE\",\"subjectId\":\"" + collaborativeId + "\"}");
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(201);
        String calendar = http.get(Http.json(feed).get("url").asString(), null).body();
        assertThat(calendar).contains("UID:" + kept.id() + "@cohort-coach").doesNotContain(mistake.id());
    }

    @Test
    void aCancelledSessionMayBeDeletedAndTheEventSaysItsInviteesWereToldAlready() {
        Session cancelled = session(Instant.now().plus(Duration.ofDays(3)), SessionStatus.CANCELLED, null);

        assertThat(http.delete("/api/sessions/" + cancelled.id() + "?version=0", MANAGER).statusCode()).isEqualTo(204);

        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            ConsumerRecord<String, String> record = topic.await(r -> cancelled.id().equals(r.key()), 1, WAIT).get(0);
            assertThat(((SessionDeleted) EventJson.payload(EventJson.read(record.value())).orElseThrow()).alreadyCancelled()).isTrue();
        }
    }

    @Test
    void aSessionSomethingDependsOnIsNotDeletedAndTheRefusalSaysWhatChangingNothing() {
        Instant started = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        Session logged = session(started, SessionStatus.SCHEDULED, new SessionLog(List.of("p-1"), List.of(), "Notes",
                Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(false, null), started, started));
        Session notHeld = session(started.minus(Duration.ofDays(2)), SessionStatus.NOT_HELD, null);
        Session withAction = session(Instant.now().plus(Duration.ofDays(5)), SessionStatus.SCHEDULED, null);
        outbox.insert(new Action(UUID.randomUUID().toString(), withAction.id(), "cohort-1", collaborativeId, "Share the data pack",
                null, "Jo Guest", null, null, ActionStatus.OPEN, null, null));
        List<Document> before = List.of(stored(logged.id()), stored(notHeld.id()), stored(withAction.id()));

        assertThatProblem(http.delete("/api/sessions/" + logged.id() + "?version=0", MANAGER)).hasStatus(409)
                .hasReason("session-held").hasDetailContaining("cannot be deleted").hasDetailContaining("logged");
        assertThatProblem(http.delete("/api/sessions/" + notHeld.id() + "?version=0", MANAGER)).hasStatus(409)
                .hasReason("session-not-held").hasDetailContaining("did not happen");
        assertThatProblem(http.delete("/api/sessions/" + withAction.id() + "?version=0", MANAGER)).hasStatus(409)
                .hasReason("session-has-actions").hasDetailContaining("1 action was agreed in it");
        assertThatProblem(http.delete("/api/sessions/" + withAction.id() + "?version=7", MANAGER)).hasStatus(409);

        assertThat(List.of(stored(logged.id()), stored(notHeld.id()), stored(withAction.id()))).isEqualTo(before);
    }

    @Test
    void onlyAProgrammeManagerDeletesAndAVersionGivenMustBeANumber() {
        Session session = session(Instant.now().plus(Duration.ofDays(3)), SessionStatus.SCHEDULED, null);
        Document before = stored(session.id());

        assertThatProblem(http.delete("/api/sessions/" + session.id() + "?version=0", Http.bearer(coach, Role.COACH))).hasStatus(403);
        assertThatProblem(http.delete("/api/sessions/" + session.id() + "?version=0", Http.bearer("p-1", Role.PARTICIPANT)))
                .hasStatus(403);
        assertThatProblem(http.delete("/api/sessions/" + session.id() + "?version=abc", MANAGER)).hasStatus(400)
                .hasFieldError("version");

        assertThat(stored(session.id())).isEqualTo(before);
        assertThat(http.delete("/api/sessions/" + session.id(), MANAGER).statusCode()).as("without a version: as it is now")
                .isEqualTo(204);
        assertThat(mongo.findById(session.id(), Session.class).status()).isEqualTo(SessionStatus.DELETED);
    }

    private Session session(Instant start, SessionStatus status, SessionLog log) {
        return outbox.insert(TestData.session("cohort-1", collaborativeId, coach, start, Duration.ofMinutes(90), List.of("p-1"),
                status, log));
    }

    private Document stored(String id) {
        return mongo.getCollection("sessions").find(new Document("_id", id)).first();
    }
}
