package uk.nhs.cohortcoach.coachingservice.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;

@PlatformIntegrationTest
class CalendarFeedIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Tuesday-ish date next year after the October clock change (GMT), and one in summer (BST). */
    private static final int YEAR = LocalDate.now(LONDON).getYear() + 1;
    private static final LocalDate WINTER = LocalDate.of(YEAR, 11, 3);
    private static final LocalDate SUMMER = LocalDate.of(YEAR, 7, 1);

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
    void aCoachFeedShowsTheCoachsSessionsInLondonTimeWithCancelledOnesKept() throws Exception {
        String coach = "coach-" + UUID.randomUUID();
        String collaborative = collaborativeCoachedBy(coach);
        Session winter = session(coach, collaborative, WINTER, "Team coaching: flow", "Board room, Derby", null,
                SessionStatus.SCHEDULED, 0);
        Session summer = session(coach, collaborative, SUMMER, "Workshop", null, "https://meet.example/abc",
                SessionStatus.CANCELLED, 2);
        session("coach-" + UUID.randomUUID(), collaborative, WINTER, "Someone else's", null, null, SessionStatus.SCHEDULED, 0);

        JsonNode created = JSON.readTree(create(coach, Role.COACH, "COACH", coach).body());
        HttpResponse<String> feed = http.get(created.get("url").asString(), null);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.<net.fortuna.ical4j.model.component.VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(zone -> assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/London"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(event -> value(event, "UID"))
                .containsExactly(summer.id() + "@cohort-coach", winter.id() + "@cohort-coach");

        VEvent winterEvent = events.get(1);
        DtStart<Temporal> start = winterEvent.getProperty("DTSTART").map(p -> (DtStart<Temporal>) p).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(LocalDateTime.from(start.getDate())).isEqualTo(WINTER.atTime(10, 0));
        assertThat(feed.body()).contains("DTSTART;TZID=Europe/London:" + WINTER.toString().replace("-", "") + "T100000");
        assertThat(value(winterEvent, "SUMMARY")).isEqualTo("Team coaching: flow");
        assertThat(value(winterEvent, "LOCATION")).isEqualTo("Board room, Derby");
        assertThat(value(winterEvent, "SEQUENCE")).isEqualTo("0");
        assertThat(value(winterEvent, "STATUS")).isEqualTo("CONFIRMED");

        VEvent summerEvent = events.get(0);
        DtStart<Temporal> summerStart = summerEvent.getProperty("DTSTART").map(p -> (DtStart<Temporal>) p).orElseThrow();
        assertThat(LocalDateTime.from(summerStart.getDate())).isEqualTo(SUMMER.atTime(10, 0));
        assertThat(value(summerEvent, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(summerEvent, "SEQUENCE")).isEqualTo("2");
        assertThat(value(summerEvent, "LOCATION")).isEqualTo("https://meet.example/abc");
    }

    @Test
    void aCollaborativeFeedShowsEveryCoachsSessionsWithIt() throws Exception {
        String coach = "coach-" + UUID.randomUUID();
        String collaborative = collaborativeCoachedBy(coach);
        Session mine = session(coach, collaborative, WINTER, "Mine", null, null, SessionStatus.SCHEDULED, 0);
        Session colleagues = session("coach-" + UUID.randomUUID(), collaborative, SUMMER, "Colleague's", null, null,
                SessionStatus.SCHEDULED, 1);
        session(coach, "collaborative-" + UUID.randomUUID(), WINTER, "Elsewhere", null, null, SessionStatus.SCHEDULED, 0);

        HttpResponse<String> created = create(coach, Role.COACH, "COLLABORATIVE", collaborative);
        assertThat(created.statusCode()).isEqualTo(201);
        Calendar calendar = new CalendarBuilder().build(new StringReader(http.get(JSON.readTree(created.body()).get("url").asString(),
                null).body()));

        assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(event -> value(event, "UID"))
                .containsExactly(colleagues.id() + "@cohort-coach", mine.id() + "@cohort-coach");
    }

    @Test
    void storesOnlyTheTokensHashListsWithoutItAndRevokes() throws Exception {
        String coach = "coach-" + UUID.randomUUID();
        HttpResponse<String> created = create(coach, Role.COACH, "COACH", coach);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String url = body.get("url").asString();
        String token = url.substring("/api/sessions/feeds/".length(), url.length() - ".ics".length());
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        CalendarFeed stored = mongo.findById(body.get("id").asString(), CalendarFeed.class);
        assertThat(stored.tokenHash()).isEqualTo(FeedTokens.hash(token)).isNotEqualTo(token);
        assertThat(mongo.getCollection("calendar_feeds").find(new org.bson.Document("_id", stored.id())).first().toJson())
                .doesNotContain(token);

        HttpResponse<String> listed = http.get("/api/sessions/feeds", bearer(coach, Role.COACH));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(stored.id()).doesNotContain(token);
        assertThat(http.get("/api/sessions/feeds", bearer("coach-" + UUID.randomUUID(), Role.COACH)).body()).doesNotContain(stored.id());

        assertThat(http.get(url, null).statusCode()).isEqualTo(200);
        assertThatProblem(http.delete("/api/sessions/feeds/" + stored.id(), bearer("coach-" + UUID.randomUUID(), Role.COACH)))
                .hasStatus(404);
        assertThat(http.delete("/api/sessions/feeds/" + stored.id(), bearer(coach, Role.COACH)).statusCode()).isEqualTo(204);
        assertThatProblem(http.get(url, null)).hasStatus(404);
        assertThatProblem(http.delete("/api/sessions/feeds/" + stored.id(), bearer(coach, Role.COACH))).hasStatus(404);
        assertThat(http.get("/api/sessions/feeds", bearer(coach, Role.COACH)).body()).doesNotContain(stored.id());
    }

    @Test
    void anUnknownTokenIsNotFound() throws Exception {
        assertThatProblem(http.get("/api/sessions/feeds/" + FeedTokens.generate() + ".ics", null)).hasStatus(404);
        assertThatProblem(http.get("/api/sessions/feeds/not-a-token.ics", null)).hasStatus(404);
    }

    @Test
    void whoMayCreateWhichFeed() throws Exception {
        String coach = "coach-" + UUID.randomUUID();
        String otherCoach = "coach-" + UUID.randomUUID();
        String collaborative = collaborativeCoachedBy(coach);
        mongo.save(new PersonView(coach, "Coach", "coach@nhs.net", java.util.Set.of("COACH"), List.of()));

        String manager = "manager-" + UUID.randomUUID();
        // A subject the read model does not hold is refused only after the read model's lag-wait: those three
        // requests go together, so the test waits it out once rather than three times.
        ExecutorService together = Executors.newFixedThreadPool(3);
        CompletableFuture<HttpResponse<String>> unknownCollaborativeForACoach = CompletableFuture.supplyAsync(
                () -> create(otherCoach, Role.COACH, "COLLABORATIVE", "collaborative-" + UUID.randomUUID()), together);
        CompletableFuture<HttpResponse<String>> unknownCollaborative = CompletableFuture.supplyAsync(
                () -> create(manager, Role.PROGRAMME_MANAGER, "COLLABORATIVE", "collaborative-" + UUID.randomUUID()), together);
        CompletableFuture<HttpResponse<String>> unknownCoach = CompletableFuture.supplyAsync(
                () -> create(manager, Role.PROGRAMME_MANAGER, "COACH", "person-" + UUID.randomUUID()), together);
        together.shutdown();

        assertThatProblem(create(otherCoach, Role.COACH, "COACH", coach)).hasStatus(403);
        assertThatProblem(create(otherCoach, Role.COACH, "COLLABORATIVE", collaborative)).hasStatus(403);
        assertThatProblem(unknownCollaborativeForACoach.join()).hasStatus(403);

        assertThat(create(manager, Role.PROGRAMME_MANAGER, "COACH", coach).statusCode()).isEqualTo(201);
        assertThat(create(manager, Role.PROGRAMME_MANAGER, "COLLABORATIVE", collaborative).statusCode()).isEqualTo(201);
        assertThatProblem(unknownCollaborative.join()).hasStatus(400).hasFieldError("subjectId");
        assertThatProblem(unknownCoach.join()).hasStatus(400).hasFieldError("subjectId");
    }

    @Test
    void theOpenApiDocumentListsTheFeedAndRebuildPaths() throws Exception {
        HttpResponse<String> document = http.get("/v3/api-docs", null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/sessions/feeds").contains("/api/sessions/feeds/{id}")
                .contains("/api/sessions/feeds/{token}.ics").contains("/api/sessions/read-model/rebuild");
    }

    private String collaborativeCoachedBy(String coach) {
        String id = "collaborative-" + UUID.randomUUID();
        mongo.save(new CollaborativeView(id, "cohort-1", "Mid and South Essex Community Collaborative", List.of(coach), 20));
        return id;
    }

    private Session session(String coach, String collaborative, LocalDate day, String title, String location, String videoLink,
            SessionStatus status, int sequence) {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(10, 0), LONDON);
        return mongo.insert(new Session(UUID.randomUUID().toString(), "cohort-1", collaborative, coach, SessionType.TEAM_COACHING,
                title, start.toInstant(), start.plusMinutes(90).toInstant(), Session.LONDON, location, videoLink, List.of(), null,
                status, status == SessionStatus.CANCELLED ? "Clash with board" : null, sequence, null, null, null, null, List.of()));
    }

    private HttpResponse<String> create(String personId, Role role, String kind, String subjectId) {
        return http.post("/api/sessions/feeds", bearer(personId, role),
                JSON.writeValueAsString(Map.of("kind", kind, "subjectId", subjectId)));
    }

    private static String bearer(String personId, Role role) {
        return "Bearer " + TestTokens.forRoles(personId, role);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }
}
