package uk.nhs.cohortcoach.coachingservice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.coachingservice.CohortEvents;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.calendar.CalendarFeed;
import uk.nhs.cohortcoach.coachingservice.calendar.FeedKind;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;

/** Subject access through the API, and PersonErased consumed through the real broker. */
@PlatformIntegrationTest
class CoachingPrivacyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant STARTS = Instant.parse("2026-03-10T10:00:00Z");

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Autowired
    private MongoTemplate mongo;

    private record World(String person, String coach, Session attended, Session coached, Action action, CalendarFeed feed) {
    }

    private World world(String name) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String cohort = "cohort-" + run;
        String team = "team-" + run;
        String coach = "coach-" + run;
        String person = "person-" + run;
        CohortEvents.cohortWithCollaborative(cohort, team, coach);
        CohortEvents.registered(coach, "Sam Coach " + run, "COACH");
        CohortEvents.registered(person, name, "PARTICIPANT");
        CohortEvents.joined(person, team, cohort);
        await().atMost(WAIT).until(() -> mongo.findById(person, PersonView.class) != null
                && !mongo.findById(person, PersonView.class).currentCollaborativeIds().isEmpty());
        SessionLog log = new SessionLog(List.of(person), List.of("A guest"), "We agreed " + name + " leads the audit.",
                Set.of(), new EquityPause(false, null), STARTS.plusSeconds(7200), STARTS.plusSeconds(7200));
        Session attended = mongo.insert(TestData.session(cohort, team, coach, STARTS, Duration.ofMinutes(90), List.of(person),
                SessionStatus.SCHEDULED, log));
        Session coached = mongo.insert(TestData.session(cohort, team, person, STARTS.plusSeconds(86_400 * 7), List.of()));
        Action action = mongo.insert(new Action(UUID.randomUUID().toString(), attended.id(), cohort, team, "Run the audit",
                person, name, null, LocalDate.of(2026, 4, 1), ActionStatus.OPEN, null, null));
        CalendarFeed feed = mongo.insert(new CalendarFeed(UUID.randomUUID().toString(), "hash-" + UUID.randomUUID(),
                FeedKind.COACH, person, person, STARTS, null));
        return new World(person, coach, attended, coached, action, feed);
    }

    @Test
    void aManagerExportsWhatCoachingHoldsAboutAPerson() throws Exception {
        String name = "Ada Lovelace " + UUID.randomUUID().toString().substring(0, 4);
        World w = world(name);

        HttpResponse<String> response = http.get("/api/privacy/coaching/people/" + w.person(), manager());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("service").asString()).isEqualTo("coaching-service");
        assertThat(body.path("person").path("name").asString()).isEqualTo(name);
        assertThat(body.path("person").path("email").asString()).isEqualTo(w.person() + "@example.nhs.uk");
        assertThat(body.path("sessionsCoached")).hasSize(1);
        assertThat(body.path("sessionsCoached").get(0).path("sessionId").asString()).isEqualTo(w.coached().id());
        assertThat(body.path("sessionsInvited")).hasSize(1);
        assertThat(body.path("sessionsInvited").get(0).path("attended").asBoolean()).isTrue();
        assertThat(body.path("logMentions")).hasSize(1);
        JsonNode mention = body.path("logMentions").get(0);
        assertThat(mention.path("sessionId").asString()).isEqualTo(w.attended().id());
        assertThat(mention.path("attendee").asBoolean()).isTrue();
        assertThat(mention.path("namedInNotes").asBoolean()).isTrue();
        assertThat(mention.path("notes").asString()).contains(name);
        assertThat(body.path("actionsOwned")).hasSize(1);
        assertThat(body.path("actionsOwned").get(0).path("ownerName").asString()).isEqualTo(name);
        assertThat(body.path("calendarFeeds")).hasSize(1);
        assertThat(response.body()).doesNotContain(w.feed().tokenHash());
    }

    @Test
    void aPersonNothingIsHeldAboutIsNotFound() throws Exception {
        String someone = "someone-" + UUID.randomUUID();
        HttpResponse<String> unknown = http.get("/api/privacy/coaching/people/" + someone, manager());
        assertThat(unknown.statusCode()).as("nothing held").isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("type").asString()).isEqualTo("https://cohort-coach.nhs.uk/problems/not-found");
    }

    @Test
    void personErasedRemovesTheReadModelEntryAndOwnerNamesAndRevokesFeedsOnceEvenWhenDeliveredTwice() throws Exception {
        String name = "Grace Hopper " + UUID.randomUUID().toString().substring(0, 4);
        World w = world(name);
        PersonErased erased = new PersonErased(UUID.randomUUID(), Instant.now(), w.person());

        CohortEvents.publish(erased);
        CohortEvents.publish(erased);

        await().atMost(WAIT).until(() -> mongo.findById(w.person(), PersonView.class) == null
                && CoachingErasure.ERASED_NAME.equals(mongo.findById(w.action().id(), Action.class).ownerName())
                && mongo.findById(w.feed().id(), CalendarFeed.class).revoked());
        Action action = mongo.findById(w.action().id(), Action.class);
        assertThat(action.ownerId()).as("the id stays, so counts add up").isEqualTo(w.person());
        assertThat(action.description()).isEqualTo("Run the audit");
        Session session = mongo.findById(w.attended().id(), Session.class);
        assertThat(session.log().attendeeIds()).containsExactly(w.person());
        assertThat(mongo.findById(w.coach(), PersonView.class)).as("nobody else is touched").isNotNull();

        JsonNode after = JSON.readTree(http.get("/api/privacy/coaching/people/" + w.person(), manager()).body());
        assertThat(after.path("person").isNull()).isTrue();
        assertThat(after.toString()).doesNotContain(w.person() + "@example.nhs.uk");
        assertThat(after.path("actionsOwned").get(0).path("ownerName").asString()).isEqualTo("Erased person");
        assertThat(after.path("calendarFeeds").get(0).path("revokedAt").isNull()).isFalse();
        assertThat(mongo.getCollection("processed_events").countDocuments(new org.bson.Document("eventId",
                erased.eventId().toString()))).as("read model and privacy consumers, once each").isEqualTo(2);
    }

    private static String manager() {
        return bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
    }

    private static String bearer(String personId, Role... roles) {
        return "Bearer " + TestTokens.forRoles(personId, roles);
    }
}
