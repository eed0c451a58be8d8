package uk.nhs.cohortcoach.hubservice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.hubservice.HubProperties;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEventFixtures;
import uk.nhs.cohortcoach.platform.events.RegistrationTokens;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * Feedback through the attendee's link, and the adversaries: a programme manager who watches the results while people
 * answer, one who holds the whole database, and one who reads the topic — none can tie a rating or comment to a
 * registration or to the order the answers came in.
 */
@PlatformIntegrationTest
@Import(OpenEventFixtures.class)
class FeedbackAnonymityIT {

    private static final String MANAGER = Http.bearer("7d1c5a52-0000-4000-8000-00000000bbbb", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;

    @Autowired
    private OpenEventFixtures.MovableClock clock;

    @Autowired
    private HubProperties properties;

    @Autowired
    private MongoTemplate mongo;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void theLinkIsForAttendeesOnlyAndWorksOnce() {
        Http http = new Http(port);
        Event event = heldEvent(http, 3, 2);
        String attendee = event.feedbackTokens.get(0);
        String absent = RegistrationTokens.feedbackToken(properties.registrationLinkSecretBytes(), event.absentId);

        assertThatProblem(http.get("/api/open-events/feedback/" + absent, null)).hasStatus(404);
        assertThatProblem(http.post("/api/open-events/feedback/" + absent, null, "{\"rating\":5}")).hasStatus(404);
        assertThatProblem(http.get("/api/open-events/feedback/not-a-token", null)).hasStatus(404);
        HttpResponse<String> page = http.get("/api/open-events/feedback/" + attendee, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(Http.json(page).path("alreadyGiven").asBoolean()).isFalse();
        assertThatProblem(http.post("/api/open-events/feedback/" + attendee, null, "{\"rating\":6}")).hasStatus(400).hasFieldError("rating");
        assertThatProblem(http.post("/api/open-events/feedback/" + attendee, null,
                "{\"rating\":4,\"comment\":\"" + "x".repeat(1001) + "\"}")).hasStatus(400).hasFieldError("comment");

        assertThat(http.post("/api/open-events/feedback/" + attendee, null, "{\"rating\":4,\"comment\":\"Useful\\nThanks\"}")
                .statusCode()).isEqualTo(204);
        assertThat(Http.json(http.get("/api/open-events/feedback/" + attendee, null)).path("alreadyGiven").asBoolean()).isTrue();
        HttpResponse<String> twice = http.post("/api/open-events/feedback/" + attendee, null, "{\"rating\":1}");
        assertThatProblem(twice).hasStatus(409);
        assertThat(twice.body()).contains("Feedback has already been given with this link.");
        clock.moveBy(Duration.ofDays(15));
        HttpResponse<String> late = http.post("/api/open-events/feedback/" + event.feedbackTokens.get(1), null, "{\"rating\":3}");
        assertThatProblem(late).hasStatus(409);
        assertThat(late.body()).contains("Feedback for this event closed on");
    }

    @Test
    void noOneCanWorkOutOnePersonsRatingFromTheResultsTheDatabaseOrTheTopic() throws Exception {
        Http http = new Http(port);
        Event event = heldEvent(http, 30, 0);
        Random random = new Random(4242);
        List<Integer> ratings = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (KafkaTestConsumer consumer = KafkaTestConsumer.onSharedBroker(Topics.HUB)) {
            for (int i = 0; i < 30; i++) {
                int rating = 1 + random.nextInt(5);
                ratings.add(rating);
                HttpResponse<String> given = http.post("/api/open-events/feedback/" + event.feedbackTokens.get(i), null,
                        "{\"rating\":" + rating + ",\"comment\":\"comment number " + i + "\"}");
                assertThat(given.statusCode()).as(given.body()).isEqualTo(204);
                HttpResponse<String> results = http.get("/api/open-events/" + event.id + "/feedback", MANAGER);
                assertThat(results.statusCode()).isEqualTo(200);
                seen.add(results.body());
            }
            // the manager watching: every view while feedback is open is the same, and shows nothing
            assertThat(new HashSet<>(seen)).as("results while open never change").hasSize(1);
            JsonNode open = Http.JSON.readTree(seen.get(0));
            assertThat(open.path("suppressed").asBoolean()).isTrue();
            assertThat(open.path("responses").isNull()).isTrue();
            assertThat(open.path("ratingCounts").isNull()).isTrue();
            assertThat(open.path("averageRating").isNull()).isTrue();
            assertThat(open.path("comments")).isEmpty();

            // the topic: no event about any answer
            assertThat(consumer.collectFor(r -> r.value().contains("comment number"), Duration.ofSeconds(2))).isEmpty();
        }

        // the database: the answers are counts and comments, with nothing naming a registration or a time
        Document stored = mongo.getCollection("event_feedback").find(new Document("_id", event.id)).first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "r1", "r2", "r3", "r4", "r5", "comments");
        List<String> comments = stored.getList("comments", String.class);
        List<String> inOrder = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            inOrder.add("comment number " + i);
        }
        assertThat(comments).containsExactlyInAnyOrderElementsOf(inOrder);
        assertThat(comments).as("not in the order given").isNotEqualTo(inOrder);
        assertThat(comments).as("not in the reverse order either").isNotEqualTo(reversed(inOrder));
        for (String collection : mongo.getCollectionNames()) {
            if (collection.equals("event_feedback")) {
                continue;
            }
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson()).as(collection).doesNotContain("comment number");
            }
        }
        Document eventDocument = mongo.getCollection("open_events").find(new Document("_id", event.id)).first();
        for (Document registration : eventDocument.getList("registrations", Document.class)) {
            assertThat(registration.keySet()).as("a registration keeps only that feedback was given")
                    .noneMatch(key -> key.toLowerCase().contains("rating") || key.toLowerCase().contains("comment")
                            || key.equals("feedbackGivenAt"));
        }

        // after feedback closes: shown, and it can no longer change, so nothing can be worked out by subtraction
        clock.moveBy(Duration.ofDays(15));
        JsonNode closed = Http.json(http.get("/api/open-events/" + event.id + "/feedback", MANAGER));
        assertThat(closed.path("suppressed").asBoolean()).isFalse();
        assertThat(closed.path("responses").asInt()).isEqualTo(30);
        for (int r = 1; r <= 5; r++) {
            int rating = r;
            assertThat(closed.at("/ratingCounts/" + r).asLong()).isEqualTo(ratings.stream().filter(x -> x == rating).count());
        }
        assertThat(closed.path("comments")).hasSize(30);
        assertThatProblem(http.post("/api/open-events/feedback/" + event.feedbackTokens.get(0), null, "{\"rating\":1}")).hasStatus(409);
        assertThat(Http.json(http.get("/api/open-events/" + event.id + "/feedback", MANAGER)).path("responses").asInt()).isEqualTo(30);
    }

    @Test
    void fewerThanFiveAnswersAreNeverShownEvenAfterFeedbackCloses() {
        Http http = new Http(port);
        Event event = heldEvent(http, 4, 0);
        for (String token : event.feedbackTokens) {
            assertThat(http.post("/api/open-events/feedback/" + token, null, "{\"rating\":2,\"comment\":\"secret\"}").statusCode())
                    .isEqualTo(204);
        }
        clock.moveBy(Duration.ofDays(15));

        HttpResponse<String> results = http.get("/api/open-events/" + event.id + "/feedback", MANAGER);
        assertThat(Http.json(results).path("suppressed").asBoolean()).isTrue();
        assertThat(results.body()).doesNotContain("secret").contains("Fewer than 5 people gave feedback");
        assertThat(Http.json(results).path("responses").isNull()).isTrue();
    }

    /** An event that has happened: {@code attended} attendees with their feedback links, and {@code absent} who did not come. */
    private Event heldEvent(Http http, int attended, int absent) {
        String id = uk.nhs.cohortcoach.hubservice.openevent.OpenEventTestCalls.schedule(http, "Feedback " + System.nanoTime(),
                attended + absent, 1, clock);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < attended + absent; i++) {
            String email = "fb" + i + "-" + id + "@example.org";
            uk.nhs.cohortcoach.hubservice.openevent.OpenEventTestCalls.register(http, id, "Person " + i, email, "RJ1");
            ids.add(uk.nhs.cohortcoach.hubservice.openevent.OpenEventTestCalls.idOf(http, id, email));
        }
        clock.moveBy(Duration.ofDays(2));
        List<String> came = ids.subList(0, attended);
        HttpResponse<String> recorded = http.post("/api/open-events/" + id + "/attendance", MANAGER,
                "{\"attendedRegistrationIds\":" + Http.JSON.writeValueAsString(came) + "}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        List<String> tokens = came.stream().map(r -> RegistrationTokens.feedbackToken(properties.registrationLinkSecretBytes(), r)).toList();
        return new Event(id, tokens, absent > 0 ? ids.get(attended) : null);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private record Event(String id, List<String> feedbackTokens, String absentId) {
    }

}
