package uk.nhs.cohortcoach.coachingservice.action;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

@PlatformIntegrationTest
class ActionApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

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

    private Action action(String description, LocalDate due) {
        return outbox.insert(new Action(UUID.randomUUID().toString(), "session-" + UUID.randomUUID(), "cohort-a", collaborativeId,
                description, owner, "Owner", due, ActionStatus.OPEN, null, null));
    }

    private JsonNode list(String query, String bearer) {
        HttpResponse<String> response = http.send("GET", "/api/actions" + query, bearer, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
