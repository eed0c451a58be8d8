package uk.nhs.cohortcoach.coachingservice.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.coachingservice.CohortEvents;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.action.ActionRepository;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

@PlatformIntegrationTest
class SessionLogApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;
    @Autowired
    private ActionRepository actions;

    private Http http;
    private String coach;
    private String otherCoachOfTheCollaborative;
    private String collaborativeId;
    private List<String> invitees;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        coach = "coach-" + UUID.randomUUID();
        otherCoachOfTheCollaborative = "coach-" + UUID.randomUUID();
        collaborativeId = "collab-" + UUID.randomUUID();
        mongo.insert(new CollaborativeView(collaborativeId, "cohort-1", "Joined Up Care Derbyshire",
                List.of(coach, otherCoachOfTheCollaborative), 20));
        invitees = List.of("p-" + UUID.randomUUID(), "p-" + UUID.randomUUID(), "p-" + UUID.randomUUID());
        mongo.insert(new PersonView(invitees.get(0), "Asha Patel", "asha@example.nhs.uk", java.util.Set.of("PARTICIPANT"),
                List.of(collaborativeId)));
        mongo.insert(new PersonView(invitees.get(1), "Ben Okafor", "ben@example.nhs.uk", java.util.Set.of("PARTICIPANT"),
                List.of(collaborativeId)));
        mongo.insert(new PersonView(invitees.get(2), "Chloe Evans", "chloe@example.nhs.uk", java.util.Set.of("PARTICIPANT"),
                List.of(collaborativeId)));
    }

    @Test
    void theCoachLogsAStartedSessionAndEditsItPublishingSessionLoggedEachTimeAndActionAssigned() {
        Session session = session(Instant.now().minus(Duration.ofHours(2)), SessionStatus.SCHEDULED);
        String body = """
                {"attendeeIds":["%s","%s"],"guests":["Dr Jo Guest (ICB)"],"notes":"Agreed the equity focus.",
                 "themes":["EMBEDDING_EQUITY","SHARED_PURPOSE_AND_VISION"],
                 "equityPause":{"held":true,"surfaced":"Carers of people with a learning disability were not heard."},
                 "actions":[{"description":"Share the Core20 data pack","ownerId":"%s","dueDate":"2030-01-31"},
                            {"description":"Invite the carers' forum","ownerName":"Jo Guest","dueDate":"2030-02-28"}]}
                """.formatted(invitees.get(0), invitees.get(1), invitees.get(0));

        HttpResponse<String> logged = http.send("PUT", logPath(session), coachToken(), body);

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(200);
        JsonNode log = Http.json(logged);
        assertThat(log.get("attendeeIds").size()).isEqualTo(2);
        assertThat(log.get("equityPause").get("held").asBoolean()).isTrue();
        assertThat(log.get("locked").asBoolean()).isFalse();
        assertThat(log.get("actions").size()).isEqualTo(2);
        assertThat(log.get("actions").get(0).get("ownerName").asString()).isEqualTo("Asha Patel");
        assertThat(log.get("actions").get(0).get("status").asString()).isEqualTo("OPEN");
        String loggedAt = log.get("loggedAt").asString();
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            ConsumerRecord<String, String> record = topic.await(r -> session.id().equals(r.key()), 1, WAIT).get(0);
            EventEnvelope envelope = EventJson.read(record.value());
            assertThat(envelope.type()).isEqualTo("SessionLogged");
            SessionLogged event = (SessionLogged) EventJson.payload(envelope).orElseThrow();
            assertThat(event.attendeeIds()).containsExactly(invitees.get(0), invitees.get(1));
            assertThat(event.themes()).containsExactly("EMBEDDING_EQUITY", "SHARED_PURPOSE_AND_VISION");
            assertThat(event.equityPauseHeld()).isTrue();
            assertThat(event.coachId()).isEqualTo(coach);
            List<ActionAssigned> assigned = topic.await(r -> r.value().contains(session.id())
                    && EventJson.read(r.value()).type().equals("ActionAssigned"), 2, WAIT).stream()
                    .map(r -> (ActionAssigned) EventJson.payload(EventJson.read(r.value())).orElseThrow()).toList();
            assertThat(assigned).extracting(ActionAssigned::description)
                    .containsExactlyInAnyOrder("Share the Core20 data pack", "Invite the carers' forum");
            assertThat(assigned).allSatisfy(a -> assertThat(a.collaborativeId()).isEqualTo(collaborativeId));

            HttpResponse<String> edited = http.send("PUT", logPath(session), coachToken(), """
                    {"attendeeIds":["%s"],"notes":"Corrected attendance.","themes":["PEOPLE_AND_CULTURE"],
                     "equityPause":{"held":false}}""".formatted(invitees.get(2)));

            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
            assertThat(Http.json(edited).get("loggedAt").asString()).isEqualTo(loggedAt);
            assertThat(Http.json(edited).get("actions").size()).as("earlier actions stay").isEqualTo(2);
            List<ConsumerRecord<String, String>> logs = topic.await(r -> session.id().equals(r.key())
                    && EventJson.read(r.value()).type().equals("SessionLogged"), 2, WAIT);
            SessionLogged second = (SessionLogged) EventJson.payload(EventJson.read(logs.get(1).value())).orElseThrow();
            assertThat(second.attendeeIds()).containsExactly(invitees.get(2));
            assertThat(second.equityPauseHeld()).isFalse();
        }
        assertThat(actions.countBySessionId(session.id())).isEqualTo(2);

        assertThat(http.send("GET", logPath(session), coachToken(), null).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", logPath(session), Http.bearer(otherCoachOfTheCollaborative, Role.COACH), null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> managerRead = http.send("GET", logPath(session), Http.bearer("m-1", Role.PROGRAMME_MANAGER), null);
        assertThat(Http.json(managerRead).get("notes").asString()).isEqualTo("Corrected attendance.");
        assertThatProblem(http.send("GET", logPath(session), Http.bearer(invitees.get(0), Role.PARTICIPANT), null)).hasStatus(403);
        assertThatProblem(http.send("GET", logPath(session), Http.bearer("coach-elsewhere", Role.COACH), null)).hasStatus(403);
    }

    @Test
    void sendingTheSameLogAgainAddsNoActionTwice() {
        Session session = session(Instant.now().minus(Duration.ofHours(2)), SessionStatus.SCHEDULED);
        String body = """
                {"attendeeIds":["%s"],"notes":"Retried after a time-out.","themes":["LEADERSHIP_BEHAVIOURS"],
                 "equityPause":{"held":false},
                 "actions":[{"description":"Book the board session","ownerId":"%s","dueDate":"2030-03-31"}]}
                """.formatted(invitees.get(0), invitees.get(0));

        assertThat(http.send("PUT", logPath(session), coachToken(), body).statusCode()).isEqualTo(200);
        assertThat(http.send("PUT", logPath(session), coachToken(), body).statusCode()).isEqualTo(200);

        assertThat(actions.countBySessionId(session.id())).isEqualTo(1);
        // The one action's own events are published in the order recorded, keyed by its id: once its completion (a
        // later marker on the same key) has arrived, any second ActionAssigned it had recorded would have arrived first.
        String actionId = actions.findBySessionIdOrderByDueDate(session.id()).get(0).id();
        assertThat(http.send("POST", "/api/actions/" + actionId + "/complete", Http.bearer(invitees.get(0), Role.PARTICIPANT),
                "{\"version\":0}").statusCode()).isEqualTo(200);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            topic.await(r -> r.value().contains(session.id()) && EventJson.read(r.value()).type().equals("SessionLogged"), 2, WAIT);
            topic.await(r -> actionId.equals(r.key()) && EventJson.read(r.value()).type().equals("ActionCompleted"), 1, WAIT);
            assertThat(topic.await(r -> r.value().contains(session.id())
                    && EventJson.read(r.value()).type().equals("ActionAssigned"), 1, WAIT)).hasSize(1);
        }
    }

    @Test
    void onlyTheSessionsOwnCoachWritesItsLog() {
        Session session = session(Instant.now().minus(Duration.ofHours(1)), SessionStatus.SCHEDULED);
        String body = "{\"notes\":\"Not mine to write\",\"equityPause\":{\"held\":false}}";

        assertThatProblem(http.send("PUT", logPath(session), Http.bearer(otherCoachOfTheCollaborative, Role.COACH), body))
                .hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        assertThat(mongo.findById(session.id(), Session.class).log()).isNull();
        assertThatProblem(http.send("PUT", "/api/sessions/no-such-session/log", coachToken(), body)).hasStatus(404);
        assertThatProblem(http.send("GET", logPath(session), coachToken(), null)).hasStatus(404);
    }

    @Test
    void refusesALogBeforeTheStartForACancelledSessionAndAfterFourteenDays() {
        String body = "{\"notes\":\"Too early, too late or called off\",\"equityPause\":{\"held\":false}}";
        Session future = session(Instant.now().plus(Duration.ofHours(1)), SessionStatus.SCHEDULED);
        Session cancelled = session(Instant.now().minus(Duration.ofHours(1)), SessionStatus.CANCELLED);
        Session old = session(Instant.now().minus(Duration.ofDays(15)), SessionStatus.SCHEDULED);

        assertThatProblem(http.send("PUT", logPath(future), coachToken(), body)).hasStatus(409).hasType(ProblemTypes.CONFLICT);
        assertThatProblem(http.send("PUT", logPath(cancelled), coachToken(), body)).hasStatus(409).hasType(ProblemTypes.CONFLICT);
        assertThatProblem(http.send("PUT", logPath(old), coachToken(), body)).hasStatus(409).hasType(ProblemTypes.CONFLICT);
        assertThat(mongo.findById(old.id(), Session.class).log()).isNull();
    }

    @Test
    void refusesAttendeesWhoWereNotInvitedAHeldPauseWithoutWhatItSurfacedAndAnOwnerOutsideTheTeam() {
        Session session = session(Instant.now().minus(Duration.ofHours(1)), SessionStatus.SCHEDULED);

        assertThatProblem(http.send("PUT", logPath(session), coachToken(),
                "{\"attendeeIds\":[\"%s\",\"stranger\"],\"equityPause\":{\"held\":false}}".formatted(invitees.get(0))))
                .hasStatus(400).hasType(ProblemTypes.VALIDATION).hasFieldError("attendeeIds[1]");
        assertThatProblem(http.send("PUT", logPath(session), coachToken(), "{\"equityPause\":{\"held\":true}}"))
                .hasStatus(400).hasFieldError("equityPause.surfaced");
        assertThatProblem(http.send("PUT", logPath(session), coachToken(),
                "{\"equityPause\":{\"held\":false},\"actions\":[{\"description\":\"x\",\"ownerId\":\"stranger\",\"dueDate\":\"2030-01-01\"}]}"))
                .hasStatus(400).hasFieldError("actions[0].ownerId");
        assertThat(mongo.findById(session.id(), Session.class).log()).isNull();
        assertThat(actions.countBySessionId(session.id())).isZero();
    }

    @Test
    void anActionOwnerOutsideTheTeamIsRefusedAndNothingIsStoredWhileTheCoachOrAnyTeamMemberMayOwnOne() {
        Session session = session(Instant.now().minus(Duration.ofHours(1)), SessionStatus.SCHEDULED);
        String elsewhere = "p-" + UUID.randomUUID();
        mongo.insert(new PersonView(elsewhere, "Dee Elsewhere", "dee@example.nhs.uk", java.util.Set.of("PARTICIPANT"),
                List.of("collab-" + UUID.randomUUID())));
        String teamMateNotInvited = "p-" + UUID.randomUUID();
        mongo.insert(new PersonView(teamMateNotInvited, "Tom Teammate", "tom@example.nhs.uk", java.util.Set.of("PARTICIPANT"),
                List.of(collaborativeId)));

        HttpResponse<String> refused = http.send("PUT", logPath(session), coachToken(), """
                {"notes":"Owner from another collaborative", "equityPause":{"held":false},
                 "actions":[{"description":"Share the data pack","ownerId":"%s","dueDate":"2030-01-31"}]}""".formatted(elsewhere));

        assertThatProblem(refused).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("actions[0].ownerId").hasFieldError("actions[0].ownerId",
                        "The owner must be in this collaborative's team or be the session's coach. Enter the name of anyone else");
        assertThat(mongo.findById(session.id(), Session.class).log()).isNull();
        assertThat(actions.countBySessionId(session.id())).isZero();

        HttpResponse<String> logged = http.send("PUT", logPath(session), coachToken(), """
                {"notes":"Owners in the team and the coach", "equityPause":{"held":false},
                 "actions":[{"description":"Draft the equity plan","ownerId":"%s","dueDate":"2030-01-31"},
                            {"description":"Book the board slot","ownerId":"%s","dueDate":"2030-02-28"}]}"""
                .formatted(coach, teamMateNotInvited));

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(200);
        assertThat(Http.json(logged).get("actions").valueStream().map(a -> a.get("ownerId").asString()).toList())
                .containsExactlyInAnyOrder(coach, teamMateNotInvited);
        assertThat(actions.countBySessionId(session.id())).isEqualTo(2);
    }

    @Test
    void anActionOwnerWhoJoinedTheTeamAMomentBeforeIsAccepted() {
        Session session = session(Instant.now().minus(Duration.ofHours(1)), SessionStatus.SCHEDULED);
        String newcomer = "p-" + UUID.randomUUID();
        CohortEvents.registered(newcomer, "Nia Newcomer", "PARTICIPANT");
        CohortEvents.joined(newcomer, collaborativeId, "cohort-1");

        HttpResponse<String> logged = http.send("PUT", logPath(session), coachToken(), """
                {"notes":"Welcomed Nia", "equityPause":{"held":false},
                 "actions":[{"description":"Meet the equity lead","ownerId":"%s","dueDate":"2030-01-31"}]}""".formatted(newcomer));

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(200);
        assertThat(Http.json(logged).get("actions").get(0).get("ownerName").asString()).isEqualTo("Nia Newcomer");
    }

    private Session session(Instant startsAt, SessionStatus status) {
        return outbox.insert(TestData.session("cohort-1", collaborativeId, coach, startsAt, Duration.ofMinutes(90), invitees,
                status, null));
    }

    private String coachToken() {
        return Http.bearer(coach, Role.COACH);
    }

    private static String logPath(Session session) {
        return "/api/sessions/" + session.id() + "/log";
    }
}
