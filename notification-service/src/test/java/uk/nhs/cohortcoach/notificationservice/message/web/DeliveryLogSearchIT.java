package uk.nhs.cohortcoach.notificationservice.message.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.session.CalendarLinks;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * The delivery log against the real MongoDB: searching by name or email (literally, whatever is typed), filtering and
 * paging together, and one message with its content (no personal link in it) and its attempts.
 */
@NotificationIntegrationTest
class DeliveryLogSearchIT {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private CalendarLinks calendarLinks;

    @Value("${cohort-coach.notifications.survey-links.link-secret}")
    private String linkSecret;

    private Http http;
    private String unique;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        NotifyStub.accepting();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void findsMessagesByPartOfANameOrAnEmailIgnoringCase() {
        String ada = person("Ada Lovelace " + unique, "ada." + unique + "@example.nhs.uk");
        String grace = person("Grace Hopper " + unique, "g.hopper." + unique + "@example.nhs.uk");
        Message toAda = message(ada, Purpose.ACTION_ASSIGNED, DeliveryStatus.DELIVERED, Map.of(), null, 0);
        Message toGrace = message(grace, Purpose.SESSION_REMINDER, DeliveryStatus.PERMANENT_FAILURE, Map.of(), null, 0);

        assertThat(ids(list("q=" + encode("LOVELACE " + unique.toUpperCase())))).containsExactly(toAda.id());
        assertThat(ids(list("q=" + encode("G.HOPPER." + unique)))).containsExactly(toGrace.id());
        assertThat(ids(list("q=" + unique))).containsExactlyInAnyOrder(toAda.id(), toGrace.id());
        assertThat(list("q=" + unique).get("items").get(0).get("recipientName").asString()).contains(unique);
        assertThat(ids(list("q=nobody-" + unique))).isEmpty();
    }

    @Test
    void aSearchCombinesWithThePurposeAndStatusFiltersAndPagesKeepingThem() {
        String ada = person("Ada Lovelace " + unique, "ada." + unique + "@example.nhs.uk");
        for (int i = 0; i < 3; i++) {
            message(ada, Purpose.SESSION_REMINDER, DeliveryStatus.DELIVERED, Map.of(), null, i);
        }
        Message failed = message(ada, Purpose.SESSION_REMINDER, DeliveryStatus.TECHNICAL_FAILURE, Map.of(), null, 3);
        message(ada, Purpose.ACTION_DUE, DeliveryStatus.DELIVERED, Map.of(), null, 4);

        JsonNode first = list("q=" + unique + "&purpose=session-reminder&status=delivered&size=2&page=0");
        JsonNode second = list("q=" + unique + "&purpose=session-reminder&status=delivered&size=2&page=1");

        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(ids(list("q=" + unique + "&status=technical-failure"))).containsExactly(failed.id());
        assertThat(ids(list("q=" + unique + "&purpose=ACTION_DUE")).size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "q={0} is taken literally")
    @ValueSource(strings = {".*", "^", "[", "(", "a|b", "\\", "$where", "{\"$ne\":null}", ".+@.+", "\\Q.*\\E", "*"})
    void aSearchIsTakenLiterallyNeverAsAPattern(String hostile) {
        String literal = person("Odd " + hostile + " " + unique, "odd." + unique + "@example.nhs.uk");
        String other = person("Plain Person " + unique, "plain." + unique + "@example.nhs.uk");
        Message toLiteral = message(literal, Purpose.ACTION_ASSIGNED, DeliveryStatus.DELIVERED, Map.of(), null, 0);
        message(other, Purpose.ACTION_ASSIGNED, DeliveryStatus.DELIVERED, Map.of(), null, 0);

        JsonNode found = list("q=" + encode(hostile + " " + unique));

        assertThat(ids(found)).containsExactly(toLiteral.id());
    }

    @Test
    void aSearchTooLongOrAFilterNotKnownIsRefusedNamingTheField() {
        assertThatProblem(http.send("GET", "/api/notifications?q=" + "a".repeat(255), MANAGER, null)).hasStatus(400)
                .hasFieldErrorsOnly("q");
        assertThatProblem(http.send("GET", "/api/notifications?q=ada&purpose=spam", MANAGER, null)).hasStatus(400)
                .hasFieldErrorsOnly("purpose");
        assertThatProblem(http.send("GET", "/api/notifications?q=ada&status=lost", MANAGER, null)).hasStatus(400)
                .hasFieldErrorsOnly("status");
        assertThatProblem(http.send("GET", "/api/notifications?q=ada", Http.bearer("coach-1", Role.COACH), null)).hasStatus(403);
    }

    @Test
    void aSurveyEmailIsSentWithItsLinkAndShownWithoutItWithItsAttempts() {
        String ada = person("Ada Lovelace " + unique, "ada." + unique + "@example.nhs.uk");
        String invitation = "invitation-" + unique;
        String token = InvitationTokens.token(linkSecret.getBytes(StandardCharsets.UTF_8), invitation);
        Message pending = message(ada, Purpose.SURVEY_INVITATION, DeliveryStatus.PENDING, Map.of("wave_label", "Baseline"), invitation, 0);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mongo.findById(pending.id(), Message.class).status()).isEqualTo(DeliveryStatus.SENDING));
        assertThat(NotifyStub.requestsMentioning(token)).as("the email went with the person's link").hasSize(1);

        var answer = http.send("GET", "/api/notifications/" + pending.id(), MANAGER, null);
        JsonNode detail = Http.json(answer);

        assertThat(answer.body()).doesNotContain(token).doesNotContain("/respond/").doesNotContain(invitation);
        assertThat(detail.get("content").get("template").asString()).isEqualTo("survey-invitation");
        Map<String, String> fields = fields(detail);
        assertThat(fields).containsEntry("survey_link", "[personal survey link removed]").containsEntry("wave_label", "Baseline")
                .containsEntry("name", "Ada Lovelace " + unique).containsKey("privacy_notice");
        JsonNode history = detail.get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("channel").asString()).isEqualTo("notify");
        assertThat(history.get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(history.get(0).get("at").asString()).isNotBlank();
        assertThat(list("q=" + unique).get("items").get(0).get("history").isNull()).as("a list has no history").isTrue();
    }

    @Test
    void aFailureAndItsRetryAreBothInTheHistoryWithTheErrorInWords() {
        String grace = person("Grace Hopper " + unique, "grace." + unique + "@example.nhs.uk");
        NotifyStub.failing();
        try {
            Message pending = message(grace, Purpose.ACTION_ASSIGNED, DeliveryStatus.PENDING, Map.of("description", "Share it"), null, 0);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(mongo.findById(pending.id(), Message.class).history()).isNotEmpty());
            NotifyStub.accepting();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(mongo.findById(pending.id(), Message.class).status()).isIn(DeliveryStatus.SENDING,
                            DeliveryStatus.PERMANENT_FAILURE, DeliveryStatus.TECHNICAL_FAILURE));

            JsonNode history = Http.json(http.send("GET", "/api/notifications/" + pending.id(), MANAGER, null)).get("history");

            assertThat(history.get(0).get("outcome").asString()).isIn("TRY_AGAIN", "FAILED");
            assertThat(history.get(0).get("error").asString()).isNotBlank();
        } finally {
            NotifyStub.accepting();
        }
    }

    @Test
    void aSessionEmailIsShownWithoutItsCalendarLink() {
        String ada = person("Ada Lovelace " + unique, "ada." + unique + "@example.nhs.uk");
        Message invitation = message(ada, Purpose.SESSION_INVITATION, DeliveryStatus.DELIVERED,
                Map.of("title", "Board <b>session</b>", "when", "Tuesday 3 March 2026, 10:00 to 11:00"), null, 0);
        String calendarToken = calendarLinks.token(invitation.subjectId(), ada);

        var answer = http.send("GET", "/api/notifications/" + invitation.id(), MANAGER, null);

        assertThat(answer.body()).doesNotContain(calendarToken).doesNotContain(".ics");
        assertThat(fields(Http.json(answer))).containsEntry("calendar_link", "[personal calendar link removed]")
                .containsEntry("title", "Board <b>session</b>");
    }

    @Test
    void aMessageWhoseContentIsGoneHasNoContentButKeepsItsRow() {
        String ada = person("Ada Lovelace " + unique, "ada." + unique + "@example.nhs.uk");
        Message erased = message(ada, Purpose.ACTION_ASSIGNED, DeliveryStatus.DELIVERED, Map.of(), null, 0);

        JsonNode detail = Http.json(http.send("GET", "/api/notifications/" + erased.id(), MANAGER, null));

        assertThat(detail.get("content").isNull()).isTrue();
        assertThat(detail.get("history")).isEmpty();
    }

    private String person(String name, String email) {
        String id = "person-" + UUID.randomUUID();
        mongo.save(new Person(id, name, email, Set.of("PARTICIPANT"), List.of()));
        return id;
    }

    private Message message(String recipientId, Purpose purpose, DeliveryStatus status, Map<String, String> content, String invitationId,
            int minutesAgo) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(minutesAgo));
        String source = UUID.randomUUID().toString();
        return mongo.insert(new Message(UUID.randomUUID().toString(), source, purpose, recipientId, "subject-" + source, source,
                "Test", at, at, content, invitationId, status, status == DeliveryStatus.PENDING ? 0 : 1, null, at, at, null,
                status == DeliveryStatus.PENDING ? null : at, null, null, null, null, null));
    }

    private JsonNode list(String query) {
        var answer = http.send("GET", "/api/notifications?" + query, MANAGER, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static Map<String, String> fields(JsonNode detail) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        detail.get("content").get("fields").forEach(field -> fields.put(field.get("name").asString(), field.get("value").asString()));
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
