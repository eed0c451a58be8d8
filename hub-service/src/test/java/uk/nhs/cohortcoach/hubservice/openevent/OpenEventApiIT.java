package uk.nhs.cohortcoach.hubservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.hubservice.HubProperties;
import uk.nhs.cohortcoach.platform.events.RegistrationTokens;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * An open event end to end on the real broker and database: scheduling, anonymous registering (the same answer
 * whatever happened), the waiting list, the single-use cancel link, attendance from a webinar report, the recording and
 * the programme's reach, with the events each step publishes.
 */
@PlatformIntegrationTest
@Import(OpenEventFixtures.class)
class OpenEventApiIT {

    @LocalServerPort
    private int port;

    @Autowired
    private OpenEventFixtures.MovableClock clock;

    @Autowired
    private OpenEventFixtures.FakeShelf shelf;

    @Autowired
    private HubProperties properties;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void registeringAnswersTheSameWhateverHappenedAndTheCancelLinkPromotesTheWaitingListOnce() throws Exception {
        Http http = new Http(port);
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.HUB)) {
            String eventId = OpenEventTestCalls.schedule(http, "Small event", 1, 10, clock);
            HttpResponse<String> first = OpenEventTestCalls.register(http, eventId, "Ana Silva", "Ana.Silva@example.org", "rj1");
            HttpResponse<String> second = OpenEventTestCalls.register(http, eventId, "Omar Khan", "omar@example.org", "RRK");
            HttpResponse<String> again = OpenEventTestCalls.register(http, eventId, "Ana S", "ANA.SILVA@EXAMPLE.ORG", "RJ1");

            assertThat(List.of(first, second, again)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(202));
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(again.body()).as("an address already registered looks the same").isEqualTo(first.body());
            JsonNode managed = OpenEventTestCalls.manage(http, eventId);
            assertThat(managed.path("registrations")).hasSize(2);
            assertThat(managed.at("/registrations/0/status").asString()).isEqualTo("CONFIRMED");
            assertThat(managed.at("/registrations/0/odsCode").asString()).isEqualTo("RJ1");
            assertThat(managed.at("/registrations/0/organisationName").asString()).isEqualTo("Guy's and St Thomas' NHS Foundation Trust");
            assertThat(managed.at("/registrations/1/status").asString()).isEqualTo("WAITLISTED");
            assertThat(managed.at("/registrations/1/position").asInt()).isEqualTo(1);

            String ana = managed.at("/registrations/0/id").asString();
            String omar = managed.at("/registrations/1/id").asString();
            String cancelToken = RegistrationTokens.cancelToken(properties.registrationLinkSecretBytes(), ana);
            HttpResponse<String> view = http.get("/api/open-events/registrations/" + cancelToken, null);
            assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
            assertThat(Http.json(view).path("status").asString()).isEqualTo("CONFIRMED");
            assertThat(Http.json(view).path("title").asString()).isEqualTo("Small event");
            HttpResponse<String> cancelled = http.post("/api/open-events/registrations/" + cancelToken + "/cancel", null, null);
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
            assertThat(Http.json(cancelled).path("status").asString()).isEqualTo("CANCELLED");
            assertThatProblem(http.get("/api/open-events/registrations/" + cancelToken, null)).hasStatus(404);
            assertThatProblem(http.post("/api/open-events/registrations/" + cancelToken + "/cancel", null, null)).hasStatus(404);
            String feedbackToken = RegistrationTokens.feedbackToken(properties.registrationLinkSecretBytes(), omar);
            assertThatProblem(http.get("/api/open-events/registrations/" + feedbackToken, null)).as("a feedback link cancels nothing")
                    .hasStatus(404);
            assertThat(OpenEventTestCalls.manage(http, eventId).at("/registrations/1/status").asString()).isEqualTo("CONFIRMED");

            List<ConsumerRecord<String, String>> records = consumer.await(r -> eventId.equals(r.key()), 5, Duration.ofSeconds(30));
            List<String> types = records.stream().map(r -> Http.JSON.readTree(r.value()).path("type").asString()).toList();
            assertThat(types).containsExactly("OpenEventScheduled", "RegistrationConfirmed", "RegistrationWaitlisted",
                    "RegistrationCancelled", "RegistrationConfirmed");
            JsonNode promoted = Http.JSON.readTree(records.get(4).value()).path("payload");
            assertThat(promoted.path("registrationId").asString()).isEqualTo(omar);
            assertThat(promoted.path("fromWaitingList").asBoolean()).isTrue();
            assertThat(Http.JSON.readTree(records.get(1).value()).at("/payload/email").asString()).isEqualTo("Ana.Silva@example.org");
            assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain(cancelToken).doesNotContain(feedbackToken)
                    .doesNotContain(RegistrationTokens.hash(cancelToken)));
        }
    }

    @Test
    void thePublicSeesNoJoiningLinkAndRegistrationIsRefusedInWordsForStrangersAndClosedEvents() {
        Http http = new Http(port);
        String eventId = OpenEventTestCalls.schedule(http, "Public page", 5, 10, clock);

        HttpResponse<String> page = http.get("/api/open-events/" + eventId, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("teams.example").doesNotContain("joiningLink");
        assertThat(Http.json(page).path("registrationOpen").asBoolean()).isTrue();
        assertThat(Http.json(page).path("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(http.get("/api/open-events?when=upcoming", null).body()).contains(eventId).doesNotContain("teams.example");
        HttpResponse<String> ics = http.get("/api/open-events/" + eventId + "/calendar.ics", null);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).contains("BEGIN:VEVENT").contains("UID:" + eventId + "@cohort-coach").contains("TZID=Europe/London")
                .doesNotContain("teams.example");
        assertThat(http.get("/api/open-events/" + eventId + "/manage", null).statusCode()).isEqualTo(401);

        assertThatProblem(OpenEventTestCalls.register(http, eventId, "X", "x@example.org", "ZZZ9")).hasStatus(400)
                .hasFieldError("odsCode");
        assertThatProblem(OpenEventTestCalls.register(http, eventId, "X", "not-an-address", "RJ1")).hasStatus(400)
                .hasFieldError("email");
        assertThat(OpenEventTestCalls.manage(http, eventId).path("registrations")).isEmpty();

        assertThat(http.post("/api/open-events/" + eventId + "/cancel", OpenEventTestCalls.MANAGER, "{\"reason\":\"Speaker ill\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> closed = OpenEventTestCalls.register(http, eventId, "X", "x@example.org", "RJ1");
        assertThatProblem(closed).hasStatus(409);
        assertThat(closed.body()).contains("This event has been cancelled, so registration is closed.");
    }

    @Test
    void capacityBelowThePlacesTakenIsRefusedAndAStaleVersionIsAConflict() {
        Http http = new Http(port);
        String eventId = OpenEventTestCalls.schedule(http, "Capacity", 3, 10, clock);
        for (int i = 0; i < 3; i++) {
            OpenEventTestCalls.register(http, eventId, "P" + i, "p" + i + "@example.org", "RJ1");
        }
        JsonNode managed = OpenEventTestCalls.manage(http, eventId);
        String body = """
                {"title":"Capacity","summary":"A summary","description":"D","speakers":[],"start":"%s","durationMinutes":60,
                 "capacity":%d,"joiningLink":"https://teams.example/join/x","version":%d}""";

        HttpResponse<String> lowered = http.put("/api/open-events/" + eventId, OpenEventTestCalls.MANAGER,
                body.formatted(managed.path("start").asString(), 2, managed.path("version").asLong()));
        assertThatProblem(lowered).hasStatus(409);
        assertThat(lowered.body()).contains("The capacity cannot be lower than the 3 places already confirmed.");
        HttpResponse<String> raised = http.put("/api/open-events/" + eventId, OpenEventTestCalls.MANAGER,
                body.formatted(managed.path("start").asString(), 4, managed.path("version").asLong()));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        assertThatProblem(http.put("/api/open-events/" + eventId, OpenEventTestCalls.MANAGER,
                body.formatted(managed.path("start").asString(), 5, managed.path("version").asLong()))).hasStatus(409);
    }

    @Test
    void attendanceFromAWebinarReportThenTheRecordingOnceAndTheReach() throws Exception {
        Http http = new Http(port);
        String eventId = OpenEventTestCalls.schedule(http, "After the event", 3, 2, clock);
        OpenEventTestCalls.register(http, eventId, "Ana", "ana@example.org", "RJ1");
        OpenEventTestCalls.register(http, eventId, "Ben", "ben@example.org", "RJ1");
        OpenEventTestCalls.register(http, eventId, "Cy", "cy@example.org", "QWE");
        OpenEventTestCalls.register(http, eventId, "Di", "di@example.org", "RRK"); // waiting
        assertThatProblem(http.request("POST", "/api/open-events/" + eventId + "/attendance/import")
                .authorization(OpenEventTestCalls.MANAGER).body("text/csv", "User Email\nana@example.org\n").send())
                .as("before the start").hasStatus(409);
        clock.moveBy(Duration.ofDays(3));

        String report = "\uFEFFName (Original Name),User Email,Duration (Minutes)\n"
                + "Ana,ANA@Example.org,55\nAna,ana@example.org,3\n\"Cy, Dr\",cy@example.org,60\n"
                + "Di,di@example.org,60\nStranger,stranger.person@elsewhere.org,10\n";
        HttpResponse<String> imported = http.request("POST", "/api/open-events/" + eventId + "/attendance/import")
                .authorization(OpenEventTestCalls.MANAGER).body("text/csv", report).send();
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Http.json(imported).path("matched").asInt()).isEqualTo(2);
        assertThat(Http.json(imported).path("attendedRegistrationIds")).hasSize(2);
        assertThat(Http.json(imported).path("unmatched").toString()).contains("Row 5: d…@example.org was on the waiting list")
                .contains("Row 6: s…@elsewhere.org is not registered").doesNotContain("stranger.person");
        assertThatProblem(http.request("POST", "/api/open-events/" + eventId + "/attendance/import")
                .authorization(OpenEventTestCalls.MANAGER).body("text/csv", "Name,Duration\nAna,5\n").send()).hasStatus(400)
                .hasFieldError("file");

        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.HUB)) {
            String recording = "{\"videoLink\":\"https://video.example/rec\",\"durationMinutes\":58,\"summary\":\"The talks\"}";
            HttpResponse<String> published = http.post("/api/open-events/" + eventId + "/recording", OpenEventTestCalls.MANAGER, recording);
            HttpResponse<String> again = http.post("/api/open-events/" + eventId + "/recording", OpenEventTestCalls.MANAGER, recording);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            assertThat(Http.json(published).path("resourceId").asString()).isEqualTo("resource-" + eventId);
            assertThat(Http.json(again).path("resourceId").asString()).isEqualTo("resource-" + eventId);
            assertThat(shelf.calls).contains(eventId + "|Recording: After the event|https://video.example/rec|58");
            OpenEventTestCalls.register(http, OpenEventTestCalls.schedule(http, "Marker", 1, 5, clock), "M", "m@example.org", "RJ1");
            consumer.await(r -> r.value().contains("\"AttendanceRecorded\"") && eventId.equals(r.key()), 1, Duration.ofSeconds(30));
            consumer.await(r -> r.value().contains("\"RecordingPublished\"") && eventId.equals(r.key()), 1, Duration.ofSeconds(30));
            consumer.await(r -> r.value().contains("m@example.org"), 1, Duration.ofSeconds(30));
            assertThat(consumer.receivedSoFar(r -> r.value().contains("\"RecordingPublished\"") && eventId.equals(r.key())))
                    .as("registrants are told once").hasSize(1);
        }
        assertThat(Http.json(http.get("/api/open-events/" + eventId, null)).path("recordingResourceId").asString())
                .isEqualTo("resource-" + eventId);

        JsonNode reach = Http.json(http.get("/api/open-events/" + eventId + "/reach", OpenEventTestCalls.MANAGER));
        assertThat(reach.path("events").asInt()).isEqualTo(1);
        assertThat(reach.path("registrations").asInt()).isEqualTo(4);
        assertThat(reach.path("attended").asInt()).isEqualTo(2);
        assertThat(reach.path("organisations").asInt()).isEqualTo(3);
        assertThat(reach.at("/byOrganisation/0/odsCode").asString()).isEqualTo("RJ1");
        assertThat(reach.at("/byOrganisation/0/registrations").asInt()).isEqualTo(2);
        assertThat(reach.at("/byOrganisation/0/attended").asInt()).isEqualTo(1);
        assertThat(reach.path("bySector").toString()).contains("\"sector\":\"INTEGRATED_CARE_BOARD\",\"registrations\":1,\"attended\":1,\"organisations\":1");
        JsonNode period = Http.json(http.get("/api/open-events/reach?from=2000-01-01&to=2100-12-31", OpenEventTestCalls.MANAGER));
        assertThat(period.path("registrations").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(http.get("/api/open-events?when=past", null).body()).contains(eventId);
    }
}
