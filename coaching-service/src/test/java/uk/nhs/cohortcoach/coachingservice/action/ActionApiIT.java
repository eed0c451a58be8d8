package uk.nhs.cohortcoach.coachingservice.action;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

@PlatformIntegrationTest
class ActionApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String MANAGER = Http.bearer("m", Role.PROGRAMME_MANAGER);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;

    private Http http;
    private String collaborativeId;
    private String coach;
    private String owner;
    private String teamMate;
    private Action overdue;
    private Action dueLater;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        collaborativeId = "collab-" + UUID.randomUUID();
        coach = "coach-" + UUID.randomUUID();
        owner = "p-" + UUID.randomUUID();
        teamMate = "p-" + UUID.randomUUID();
        mongo.insert(new CollaborativeView(collaborativeId, "cohort-a", "Acute Hospitals Alliance", List.of(coach), 12));
        mongo.insert(new PersonView(owner, "Owner", "o@example.nhs.uk", Set.of("PARTICIPANT"), List.of(collaborativeId)));
        mongo.insert(new PersonView(teamMate, "Team mate", "t@example.nhs.uk", Set.of("PARTICIPANT"), List.of(collaborativeId)));
        overdue = action("Send the board paper", TODAY.minusDays(1));
        dueLater = action("Book the workshop", TODAY);
    }

    @Test
    void listsTheCollaborativesActionsWithTheOverdueFlagAndFilters() {
        JsonNode all = list("?collaborativeId=" + collaborativeId, Http.bearer("m", Role.PROGRAMME_MANAGER));
        assertThat(all.get("totalItems").asLong()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("id").asString()).isEqualTo(overdue.id());
        assertThat(all.get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(all.get("items").get(1).get("overdue").asBoolean()).as("due today is not overdue").isFalse();

        JsonNode onlyOverdue = list("?collaborativeId=" + collaborativeId + "&overdue=true", Http.bearer("m", Role.PROGRAMME_MANAGER));
        assertThat(onlyOverdue.get("items").size()).isEqualTo(1);
        assertThat(onlyOverdue.get("items").get(0).get("id").asString()).isEqualTo(overdue.id());
        assertThat(list("?collaborativeId=" + collaborativeId + "&overdue=false", Http.bearer("m", Role.PROGRAMME_MANAGER))
                .get("items").get(0).get("id").asString()).isEqualTo(dueLater.id());
        assertThat(list("?collaborativeId=" + collaborativeId + "&status=DONE", Http.bearer("m", Role.PROGRAMME_MANAGER))
                .get("totalItems").asLong()).isZero();
        assertThat(list("?ownerId=" + owner + "&status=OPEN", Http.bearer("m", Role.PROGRAMME_MANAGER)).get("totalItems").asLong())
                .isEqualTo(2);
    }

    @Test
    void coachesSeeTheirCollaborativesActionsAndParticipantsTheirOwnCollaboratives() {
        assertThat(list("?collaborativeId=" + collaborativeId, Http.bearer(coach, Role.COACH)).get("totalItems").asLong()).isEqualTo(2);
        assertThat(list("?collaborativeId=" + collaborativeId, Http.bearer(teamMate, Role.PARTICIPANT)).get("totalItems").asLong())
                .isEqualTo(2);
        assertThat(list("?collaborativeId=" + collaborativeId, Http.bearer("coach-elsewhere", Role.COACH)).get("totalItems").asLong())
                .isZero();
        assertThat(list("", Http.bearer("p-elsewhere", Role.PARTICIPANT)).toString()).doesNotContain(collaborativeId);
    }

    @Test
    void theOwnerCompletesAnActionPublishingActionCompletedOnceOnly() {
        HttpResponse<String> done = http.send("POST", "/api/actions/" + overdue.id() + "/complete", Http.bearer(owner, Role.PARTICIPANT),
                "{\"version\":0}");

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode action = Http.json(done);
        assertThat(action.get("status").asString()).isEqualTo("DONE");
        assertThat(action.get("completedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(action.get("overdue").asBoolean()).isFalse();
        assertThat(action.get("version").asLong()).isEqualTo(1);
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            ConsumerRecord<String, String> record = topic.await(r -> overdue.id().equals(r.key())
                    && EventJson.read(r.value()).type().equals("ActionCompleted"), 1, Duration.ofSeconds(30)).get(0);
            EventEnvelope envelope = EventJson.read(record.value());
            ActionCompleted event = (ActionCompleted) EventJson.payload(envelope).orElseThrow();
            assertThat(event.completedOn()).isEqualTo(TODAY);
            assertThat(event.collaborativeId()).isEqualTo(collaborativeId);
        }
        assertThatProblem(http.send("POST", "/api/actions/" + overdue.id() + "/complete", Http.bearer(owner, Role.PARTICIPANT),
                "{\"version\":1}")).hasStatus(409).hasType(ProblemTypes.CONFLICT);
    }

    @Test
    void coachesAndManagersCompleteButOtherTeamMembersAndOtherCoachesCannot() {
        String body = "{\"version\":0,\"completedOn\":\"" + TODAY.minusDays(2) + "\"}";
        assertThatProblem(http.send("POST", "/api/actions/" + overdue.id() + "/complete", Http.bearer(teamMate, Role.PARTICIPANT),
                body)).hasStatus(403);
        assertThatProblem(http.send("POST", "/api/actions/" + overdue.id() + "/complete", Http.bearer("coach-elsewhere", Role.COACH),
                body)).hasStatus(404);
        assertThatProblem(http.send("POST", "/api/actions/" + overdue.id() + "/complete", Http.bearer(coach, Role.COACH),
                "{\"version\":0,\"completedOn\":\"" + TODAY.plusDays(1) + "\"}")).hasStatus(400).hasFieldError("completedOn");

        HttpResponse<String> byCoach = http.send("POST", "/api/actions/" + overdue.id() + "/complete", Http.bearer(coach, Role.COACH), body);
        assertThat(byCoach.statusCode()).as(byCoach.body()).isEqualTo(200);
        assertThat(Http.json(byCoach).get("completedOn").asString()).isEqualTo(TODAY.minusDays(2).toString());

        assertThatProblem(http.send("POST", "/api/actions/" + dueLater.id() + "/complete", Http.bearer("m", Role.PROGRAMME_MANAGER),
                "{\"version\":3}")).hasStatus(409).hasType(ProblemTypes.CONCURRENT_MODIFICATION);
        assertThat(http.send("POST", "/api/actions/" + dueLater.id() + "/complete", Http.bearer("m", Role.PROGRAMME_MANAGER),
                "{\"version\":0}").statusCode()).isEqualTo(200);
    }

    @Test
    void aManagerEditsTextAndDueDatePublishingActionUpdatedWhileADueDateInThePastIsRefusedStoringNothing() {
        Document before = stored(dueLater.id());

        assertThatProblem(http.post(path(dueLater, "edit"), MANAGER, "{\"dueDate\":\"" + TODAY.minusDays(1) + "\",\"version\":0}"))
                .hasStatus(400).hasFieldErrorsOnly("dueDate").hasFieldError("dueDate", "The due date must be today (");
        assertThat(stored(dueLater.id())).as("nothing stored, nothing in the outbox").isEqualTo(before);

        HttpResponse<String> edited = http.post(path(dueLater, "edit"), MANAGER,
                "{\"description\":\"Book the equity workshop\",\"dueDate\":\"" + TODAY.plusDays(7) + "\",\"version\":0}");

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Http.json(edited).get("description").asString()).isEqualTo("Book the equity workshop");
        assertThat(Http.json(edited).get("dueDate").asString()).isEqualTo(TODAY.plusDays(7).toString());
        assertThat(Http.json(edited).get("version").asLong()).isEqualTo(1);
        ActionUpdated event = (ActionUpdated) published(dueLater.id(), "ActionUpdated");
        assertThat(event.description()).isEqualTo("Book the equity workshop");
        assertThat(event.dueDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(event.previousDueDate()).isEqualTo(TODAY);
        assertThat(event.ownerId()).isEqualTo(owner);
        assertThatProblem(http.post(path(dueLater, "edit"), MANAGER, "{\"description\":\"Again\",\"version\":0}"))
                .hasStatus(409).hasType(ProblemTypes.CONCURRENT_MODIFICATION);
    }

    @Test
    void theTextOfAnOverdueActionIsCorrectedKeepingItsPastDueDate() {
        HttpResponse<String> edited = http.post(path(overdue, "edit"), Http.bearer(coach, Role.COACH),
                "{\"description\":\"Send the board paper to the ICB\",\"dueDate\":\"" + TODAY.minusDays(1) + "\",\"version\":0}");

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Http.json(edited).get("dueDate").asString()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(Http.json(edited).get("overdue").asBoolean()).isTrue();
        assertThat(Http.json(edited).get("description").asString()).isEqualTo("Send the board paper to the ICB");
    }

    @Test
    void aCoachReassignsToATeamMemberThenToAnOutsiderWhoseEmailIsShownOnlyToThoseWhoMayChangeIt() {
        HttpResponse<String> toTeamMate = http.post(path(overdue, "reassign"), Http.bearer(coach, Role.COACH),
                "{\"ownerId\":\"" + teamMate + "\",\"version\":0}");

        assertThat(toTeamMate.statusCode()).as(toTeamMate.body()).isEqualTo(200);
        assertThat(Http.json(toTeamMate).get("ownerId").asString()).isEqualTo(teamMate);
        assertThat(Http.json(toTeamMate).get("ownerName").asString()).isEqualTo("Team mate");
        ActionReassigned toMate = (ActionReassigned) published(overdue.id(), "ActionReassigned");
        assertThat(toMate.previousOwnerId()).isEqualTo(owner);
        assertThat(toMate.ownerId()).isEqualTo(teamMate);
        assertThat(toMate.ownerEmail()).isNull();

        HttpResponse<String> toOutsider = http.post(path(overdue, "reassign"), Http.bearer(coach, Role.COACH),
                "{\"ownerName\":\"Jo Bloggs\",\"ownerEmail\":\"jo.bloggs@example.org\",\"version\":1}");

        assertThat(toOutsider.statusCode()).as(toOutsider.body()).isEqualTo(200);
        assertThat(Http.json(toOutsider).get("ownerId").isNull()).isTrue();
        assertThat(Http.json(toOutsider).get("ownerEmail").asString()).isEqualTo("jo.bloggs@example.org");
        assertThat(stored(overdue.id()).getString("ownerEmail")).isEqualTo("jo.bloggs@example.org");
        HttpResponse<String> seenByTeam = http.get("/api/actions/" + overdue.id(), Http.bearer(teamMate, Role.PARTICIPANT));
        assertThat(Http.json(seenByTeam).get("ownerName").asString()).isEqualTo("Jo Bloggs");
        assertThat(Http.json(seenByTeam).get("ownerEmail").isNull()).as("a team member does not see the outsider's email").isTrue();
        assertThat(Http.json(seenByTeam).get("mayChange").asBoolean()).isFalse();
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            List<ActionReassigned> both = topic.await(r -> overdue.id().equals(r.key())
                    && EventJson.read(r.value()).type().equals("ActionReassigned"), 2, WAIT).stream()
                    .map(r -> (ActionReassigned) EventJson.payload(EventJson.read(r.value())).orElseThrow()).toList();
            assertThat(both.get(1).ownerName()).isEqualTo("Jo Bloggs");
            assertThat(both.get(1).ownerEmail()).isEqualTo("jo.bloggs@example.org");
            assertThat(both.get(1).previousOwnerId()).isEqualTo(teamMate);
        }

        HttpResponse<String> back = http.post(path(overdue, "reassign"), MANAGER, "{\"ownerId\":\"" + coach + "\",\"version\":2}");

        assertThat(back.statusCode()).as("the collaborative's coach may own it: " + back.body()).isEqualTo(200);
        assertThat(stored(overdue.id()).containsKey("ownerEmail") && stored(overdue.id()).get("ownerEmail") != null)
                .as("the outsider's email is gone with the action").isFalse();
    }

    @Test
    void reassigningToSomeoneOutsideTheTeamByIdOrToAnOutsiderWithoutEmailIsRefusedStoringNothing() {
        Document before = stored(dueLater.id());

        assertThatProblem(http.post(path(dueLater, "reassign"), MANAGER, "{\"ownerId\":\"p-elsewhere\",\"version\":0}"))
                .hasStatus(400).hasFieldErrorsOnly("ownerId").hasFieldError("ownerId",
                        "The owner must be in this collaborative's team or be one of its coaches. Enter the name and email address of anyone else");
        assertThatProblem(http.post(path(dueLater, "reassign"), MANAGER, "{\"ownerName\":\"Jo Bloggs\",\"version\":0}"))
                .hasStatus(400).hasFieldErrorsOnly("ownerEmail");
        assertThatProblem(http.post(path(dueLater, "reassign"), MANAGER,
                "{\"ownerName\":\"Jo Bloggs\",\"ownerEmail\":\"not an address\",\"version\":0}"))
                .hasStatus(400).hasFieldErrorsOnly("ownerEmail");

        assertThat(stored(dueLater.id())).isEqualTo(before);
    }

    @Test
    void theOwnerReopensTheirDoneActionPublishingActionReopenedButAnotherTeamMemberMayNot() {
        assertThat(http.post(path(overdue, "complete"), Http.bearer(owner, Role.PARTICIPANT), "{\"version\":0}").statusCode())
                .isEqualTo(200);
        assertThatProblem(http.post(path(overdue, "edit"), MANAGER, "{\"description\":\"Changed\",\"version\":1}"))
                .hasStatus(409).hasReason("action-done").hasDetailContaining("reopen");
        assertThatProblem(http.post(path(overdue, "reopen"), Http.bearer(teamMate, Role.PARTICIPANT), "{\"version\":1}"))
                .hasStatus(403);

        HttpResponse<String> reopened = http.post(path(overdue, "reopen"), Http.bearer(owner, Role.PARTICIPANT), "{\"version\":1}");

        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(Http.json(reopened).get("status").asString()).isEqualTo("OPEN");
        assertThat(Http.json(reopened).get("completedOn").isNull()).isTrue();
        assertThat(Http.json(reopened).get("overdue").asBoolean()).isTrue();
        ActionReopened event = (ActionReopened) published(overdue.id(), "ActionReopened");
        assertThat(event.previouslyCompletedOn()).isEqualTo(TODAY);
        assertThat(event.ownerId()).isEqualTo(owner);
        assertThatProblem(http.post(path(overdue, "reopen"), Http.bearer(owner, Role.PARTICIPANT), "{\"version\":2}"))
                .hasStatus(409).hasReason("action-open");
    }

    @Test
    void participantsEditAndReassignNothingNotEvenTheirOwnAndAreRefusedBeforeTheBodyIsRead() {
        Document before = stored(dueLater.id());

        assertThatProblem(http.post(path(dueLater, "edit"), Http.bearer(owner, Role.PARTICIPANT), "not even json")).hasStatus(403);
        assertThatProblem(http.post(path(dueLater, "reassign"), Http.bearer(owner, Role.PARTICIPANT), "not even json"))
                .hasStatus(403);
        assertThatProblem(http.post(path(dueLater, "edit"), Http.bearer("coach-elsewhere", Role.COACH),
                "{\"description\":\"Mine now\",\"version\":0}")).hasStatus(404);

        assertThat(stored(dueLater.id())).isEqualTo(before);
    }

    @Test
    void aSessionLogRefusesANewActionDueBeforeTodayNamingItAndStoresNothing() {
        Session session = outbox.insert(TestData.session("cohort-a", collaborativeId, coach, Instant.now().minus(Duration.ofHours(2)),
                List.of(owner)));

        HttpResponse<String> logged = http.put("/api/sessions/" + session.id() + "/log", Http.bearer(coach, Role.COACH), """
                {"attendeeIds":["%s"],"equityPause":{"held":false},
                 "actions":[{"description":"Due tomorrow","ownerId":"%s","dueDate":"%s"},
                            {"description":"Due yesterday","ownerId":"%s","dueDate":"%s"}]}"""
                .formatted(owner, owner, TODAY.plusDays(1), owner, TODAY.minusDays(1)));

        assertThatProblem(logged).hasStatus(400).hasFieldErrorsOnly("actions[1].dueDate")
                .hasFieldError("actions[1].dueDate", "The due date must be today (");
        assertThat(mongo.count(Query.query(Criteria.where("sessionId").is(session.id())), Action.class)).isZero();
        assertThat(stored("sessions", session.id()).get("log")).isNull();
    }

    private static String path(Action action, String move) {
        return "/api/actions/" + action.id() + "/" + move;
    }

    private Document stored(String id) {
        return stored("actions", id);
    }

    private Document stored(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }

    /** The one event of this type published for the action, read from the real broker. */
    private DomainEvent published(String actionId, String type) {
        try (KafkaTestConsumer topic = KafkaTestConsumer.onSharedBroker(Topics.COACHING)) {
            ConsumerRecord<String, String> record = topic.await(r -> actionId.equals(r.key())
                    && EventJson.read(r.value()).type().equals(type), 1, WAIT).get(0);
            return EventJson.payload(EventJson.read(record.value())).orElseThrow();
        }
    }

    private Action action(String description, LocalDate due) {
        return outbox.insert(new Action(UUID.randomUUID().toString(), "session-" + UUID.randomUUID(), "cohort-a", collaborativeId,
                description, owner, "Owner", null, due, ActionStatus.OPEN, null, null));
    }

    private JsonNode list(String query, String bearer) {
        HttpResponse<String> response = http.send("GET", "/api/actions" + query, bearer, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
