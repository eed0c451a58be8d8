package uk.nhs.cohortcoach.notificationservice.openevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.RegistrationTokens;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventScheduled;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * Open-event events from the real broker to the emails GOV.UK Notify's stand-in receives: each email's fields, its
 * links resolving to the token whose hash hub-service stores (under hub-service's development secret), one email
 * however often an event is delivered, reminders sent when due, moved and withdrawn, the links removed from the
 * delivery log, and the registrations erased after the retention.
 */
@NotificationIntegrationTest
class OpenEventEmailsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** hub-service's application.yml default: what hub-service hashes its tokens from locally. */
    private static final byte[] HUB_SECRET = "local-dev-registration-link-secret-not-for-production".getBytes(StandardCharsets.UTF_8);
    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private RegistrationRetention retention;

    private String openEvent;
    private Instant start;

    @BeforeEach
    void anEventInTenDays() {
        NotifyStub.accepting();
        openEvent = "oe-" + UUID.randomUUID();
        start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        PlatformEvents.publish(Topics.HUB, new OpenEventScheduled(UUID.randomUUID(), Instant.now(), openEvent,
                "Peer learning: equitable elective recovery", start, start.plus(Duration.ofHours(1)), "Europe/London", 100,
                "https://teams.example.nhs.uk/meet/abc"));
    }

    @Test
    void aConfirmedPlaceDeliveredTwiceIsOneEmailWithTheJoiningCalendarAndCancelLinksAndTwoReminders() {
        String registration = "reg-" + UUID.randomUUID();
        String address = registration + "@example.nhs.uk";
        RegistrationConfirmed confirmed = new RegistrationConfirmed(UUID.randomUUID(), Instant.now(), openEvent, registration,
                "Priya Shah", address, false);

        PlatformEvents.publish(Topics.HUB, confirmed);
        PlatformEvents.publish(Topics.HUB, confirmed);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(registration, Purpose.REGISTRATION_CONFIRMED)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.SENDING));
            assertThat(messages(registration, Purpose.OPEN_EVENT_REMINDER)).hasSize(2)
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING));
        });
        // a later event on the same key is handled after the repeat, so by then the repeat added whatever it would
        PlatformEvents.publish(Topics.HUB, new RecordingPublished(UUID.randomUUID(), Instant.now(), openEvent, "res-" + registration,
                "Recording", "https://video.example/abc"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(registration, Purpose.RECORDING_AVAILABLE)).hasSize(1));
        assertThat(messages(registration, Purpose.REGISTRATION_CONFIRMED)).hasSize(1);
        assertThat(sentTo(address, "registration-confirmed")).hasSize(1);

        JsonNode fields = personalisation(sentTo(address, "registration-confirmed").get(0));
        assertThat(fields.get("name").asString()).isEqualTo("Priya Shah");
        assertThat(fields.get("title").asString()).isEqualTo("Peer learning: equitable elective recovery");
        assertThat(fields.get("when").asString()).endsWith("(UK time)");
        assertThat(fields.get("opening").asString()).isEqualTo("Your place at this event is confirmed.");
        assertThat(fields.get("joining_link").asString()).isEqualTo("https://teams.example.nhs.uk/meet/abc");
        assertThat(fields.get("add_to_calendar_link").asString()).isEqualTo("http://localhost:8080/api/open-events/" + openEvent + "/calendar.ics");
        assertThat(fields.get("event_link").asString()).isEqualTo("http://localhost:8080/events/" + openEvent);
        String cancelLink = fields.get("cancel_link").asString();
        assertThat(cancelLink).startsWith("http://localhost:8080/events/registrations/");
        String token = cancelLink.substring(cancelLink.lastIndexOf('/') + 1);
        assertThat(RegistrationTokens.hash(token)).as("the hash hub-service stores for this registration's cancel link")
                .isEqualTo(RegistrationTokens.hash(RegistrationTokens.cancelToken(HUB_SECRET, registration)));
        assertThat(fields.has("feedback_link")).isFalse();

        String stored = mongo.getCollection("messages").find(new org.bson.Document("subjectId", registration)).into(new ArrayList<>())
                .toString();
        assertThat(stored).as("neither the address nor the token is stored with the messages").doesNotContain(address).doesNotContain(token);

        String confirmation = messages(registration, Purpose.REGISTRATION_CONFIRMED).get(0).id();
        HttpResponse<String> shown = new Http(port).send("GET", "/api/notifications/" + confirmation, MANAGER, null);
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(token).contains("[personal cancellation link removed]").contains("Priya Shah")
                .doesNotContain(address);
    }

    @Test
    void theWaitingListPlaceThenThePromotionAreToldWithThePositionAndAPlaceHasBecomeFree() {
        String registration = "reg-" + UUID.randomUUID();
        String address = registration + "@example.nhs.uk";
        PlatformEvents.publish(Topics.HUB, new RegistrationWaitlisted(UUID.randomUUID(), Instant.now(), openEvent, registration,
                "Tom Evans", address, 3));

        await().atMost(WAIT).untilAsserted(() -> assertThat(sentTo(address, "registration-waitlisted")).hasSize(1));
        JsonNode waitlisted = personalisation(sentTo(address, "registration-waitlisted").get(0));
        assertThat(waitlisted.get("position").asString()).isEqualTo("3");
        assertThat(waitlisted.get("cancel_link").asString()).startsWith("http://localhost:8080/events/registrations/");
        assertThat(waitlisted.has("joining_link")).as("no joining link without a place").isFalse();
        assertThat(messages(registration, Purpose.OPEN_EVENT_REMINDER)).as("no reminder on the waiting list").isEmpty();

        PlatformEvents.publish(Topics.HUB, new RegistrationConfirmed(UUID.randomUUID(), Instant.now(), openEvent, registration,
                "Tom Evans", address, true));

        await().atMost(WAIT).untilAsserted(() -> assertThat(sentTo(address, "registration-confirmed")).hasSize(1));
        JsonNode promoted = personalisation(sentTo(address, "registration-confirmed").get(0));
        assertThat(promoted.get("from_waiting_list").asString()).isEqualTo("yes");
        assertThat(promoted.get("opening").asString()).contains("A place has become free");
        assertThat(promoted.get("joining_link").asString()).isEqualTo("https://teams.example.nhs.uk/meet/abc");
        assertThat(messages(registration, Purpose.OPEN_EVENT_REMINDER)).hasSize(2);
    }

    @Test
    void aCancelledRegistrationIsToldAndItsRemindersWithdrawn() {
        String registration = confirmedPlace();
        String address = registration + "@example.nhs.uk";

        PlatformEvents.publish(Topics.HUB, new RegistrationCancelled(UUID.randomUUID(), Instant.now(), openEvent, registration, true));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(registration, Purpose.OPEN_EVENT_REMINDER)).hasSize(2)
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
            assertThat(sentTo(address, "registration-cancelled")).hasSize(1);
        });
        assertThat(personalisation(sentTo(address, "registration-cancelled").get(0)).get("opening").asString())
                .isEqualTo("Your registration is cancelled.");
    }

    @Test
    void aMovedEventMovesTheRemindersAndSaysSoThenItsCancellationTellsEveryoneAndWithdrawsThem() {
        String registration = confirmedPlace();
        String address = registration + "@example.nhs.uk";
        Instant later = start.plus(Duration.ofDays(7));

        PlatformEvents.publish(Topics.HUB, new OpenEventChanged(UUID.randomUUID(), Instant.now(), openEvent,
                "Peer learning: equitable elective recovery", later, later.plus(Duration.ofHours(1)), "Europe/London", 100,
                "https://teams.example.nhs.uk/meet/new", 1));

        await().atMost(WAIT).untilAsserted(() -> {
            List<Message> reminders = messages(registration, Purpose.OPEN_EVENT_REMINDER);
            assertThat(reminders).filteredOn(m -> m.status() == DeliveryStatus.WITHDRAWN).extracting(Message::dueAt)
                    .containsExactlyInAnyOrder(start.minus(Duration.ofDays(1)), start.minus(Duration.ofHours(1)));
            assertThat(reminders).filteredOn(m -> m.status() == DeliveryStatus.PENDING).extracting(Message::dueAt)
                    .containsExactlyInAnyOrder(later.minus(Duration.ofDays(1)), later.minus(Duration.ofHours(1)));
            assertThat(sentTo(address, "open-event-moved")).hasSize(1);
        });
        JsonNode moved = personalisation(sentTo(address, "open-event-moved").get(0));
        assertThat(moved.get("previous_when").asString()).isNotEqualTo(moved.get("when").asString());
        assertThat(moved.get("joining_link").asString()).isEqualTo("https://teams.example.nhs.uk/meet/new");

        PlatformEvents.publish(Topics.HUB, new OpenEventCancelled(UUID.randomUUID(), Instant.now(), openEvent,
                "Peer learning: equitable elective recovery", later, "Europe/London", "Speaker unavailable"));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(registration, Purpose.OPEN_EVENT_REMINDER)).hasSize(4)
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
            assertThat(sentTo(address, "open-event-cancelled")).hasSize(1);
        });
        assertThat(personalisation(sentTo(address, "open-event-cancelled").get(0)).get("reason").asString())
                .isEqualTo("Speaker unavailable");
    }

    @Test
    void aReminderIsSentWhenDueWithTheJoiningLink() {
        String soon = "oe-" + UUID.randomUUID();
        Instant startsSoon = Instant.now().plus(Duration.ofHours(1)).plus(Duration.ofSeconds(4));
        PlatformEvents.publish(Topics.HUB, new OpenEventScheduled(UUID.randomUUID(), Instant.now(), soon, "Starting soon", startsSoon,
                startsSoon.plus(Duration.ofHours(1)), "Europe/London", 10, "https://teams.example.nhs.uk/meet/soon"));
        String registration = "reg-" + UUID.randomUUID();
        String address = registration + "@example.nhs.uk";
        PlatformEvents.publish(Topics.HUB, new RegistrationConfirmed(UUID.randomUUID(), Instant.now(), soon, registration, "Ada",
                address, false));

        await().atMost(WAIT).untilAsserted(() -> assertThat(sentTo(address, "open-event-reminder")).hasSize(1));
        JsonNode reminder = personalisation(sentTo(address, "open-event-reminder").get(0));
        assertThat(reminder.get("starts_in").asString()).isEqualTo("1 hour");
        assertThat(reminder.get("joining_link").asString()).isEqualTo("https://teams.example.nhs.uk/meet/soon");
        assertThat(reminder.get("cancel_link").asString()).startsWith("http://localhost:8080/events/registrations/");
        assertThat(messages(registration, Purpose.OPEN_EVENT_REMINDER)).as("the day's reminder was already past: none owed")
                .singleElement();
    }

    @Test
    void attendeesGetTheirFeedbackLinkOnceAndALaterRecordOnlyTellsTheNewOnes() {
        String first = confirmedPlace();
        String second = confirmedPlace();
        PlatformEvents.publish(Topics.HUB, new AttendanceRecorded(UUID.randomUUID(), Instant.now(), openEvent, List.of(first)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(sentTo(first + "@example.nhs.uk", "open-event-feedback")).hasSize(1));

        PlatformEvents.publish(Topics.HUB, new AttendanceRecorded(UUID.randomUUID(), Instant.now(), openEvent, List.of(first, second)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(sentTo(second + "@example.nhs.uk", "open-event-feedback")).hasSize(1));
        assertThat(sentTo(first + "@example.nhs.uk", "open-event-feedback")).hasSize(1);
        String feedbackLink = personalisation(sentTo(second + "@example.nhs.uk", "open-event-feedback").get(0)).get("feedback_link").asString();
        assertThat(feedbackLink).startsWith("http://localhost:8080/events/feedback/");
        assertThat(RegistrationTokens.hash(feedbackLink.substring(feedbackLink.lastIndexOf('/') + 1)))
                .isEqualTo(RegistrationTokens.hash(RegistrationTokens.feedbackToken(HUB_SECRET, second)));
        String message = messages(second, Purpose.OPEN_EVENT_FEEDBACK).get(0).id();
        HttpResponse<String> shown = new Http(port).send("GET", "/api/notifications/" + message, MANAGER, null);
        assertThat(shown.body()).contains("[personal feedback link removed]").doesNotContain("/events/feedback/");
    }

    @Test
    void theRecordingGoesToEveryoneWhoDidNotCancel() {
        String place = confirmedPlace();
        String leaver = confirmedPlace();
        String waiting = "reg-" + UUID.randomUUID();
        PlatformEvents.publish(Topics.HUB, new RegistrationWaitlisted(UUID.randomUUID(), Instant.now(), openEvent, waiting, "W",
                waiting + "@example.nhs.uk", 1));
        PlatformEvents.publish(Topics.HUB, new RegistrationCancelled(UUID.randomUUID(), Instant.now(), openEvent, leaver, true));

        PlatformEvents.publish(Topics.HUB, new RecordingPublished(UUID.randomUUID(), Instant.now(), openEvent, "resource-" + place,
                "Recording: equitable elective recovery", "https://video.example/abc"));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(sentTo(place + "@example.nhs.uk", "recording-available")).hasSize(1);
            assertThat(sentTo(waiting + "@example.nhs.uk", "recording-available")).hasSize(1);
        });
        assertThat(messages(leaver, Purpose.RECORDING_AVAILABLE)).isEmpty();
        assertThat(personalisation(sentTo(place + "@example.nhs.uk", "recording-available").get(0)).get("resource_link").asString())
                .isEqualTo("http://localhost:8080/hub/resources/resource-" + place);
    }

    @Test
    void registrationsOfAnEventThatEndedLongerAgoThanTheRetentionAreErasedAndExpireByATtlIndex() {
        String past = "oe-" + UUID.randomUUID();
        Instant ended = Instant.now().minus(Duration.ofDays(91));
        PlatformEvents.publish(Topics.HUB, new OpenEventScheduled(UUID.randomUUID(), ended, past, "Long ago", ended.minus(Duration.ofHours(1)),
                ended, "Europe/London", 10, "https://teams.example.nhs.uk/meet/old"));
        String old = "reg-" + UUID.randomUUID();
        PlatformEvents.publish(Topics.HUB, new RegistrationConfirmed(UUID.randomUUID(), ended, past, old, "Old", old + "@example.nhs.uk", false));
        String current = confirmedPlace();
        await().atMost(WAIT).until(() -> mongo.findById(old, Registration.class) != null);

        retention.eraseExpired();

        assertThat(mongo.findById(old, Registration.class)).isNull();
        assertThat(mongo.findById(past, OpenEventView.class)).isNull();
        assertThat(mongo.findById(current, Registration.class)).as("an event still ahead keeps its registrations").isNotNull();
        assertThat(mongo.indexOps(Registration.class).getIndexInfo()).filteredOn(i -> i.getName().equals("registrations_expiry"))
                .singleElement().satisfies(i -> assertThat(i.getExpireAfter()).contains(Duration.ZERO));
        assertThat(mongo.findById(current, Registration.class).expiresAt()).isEqualTo(start.plus(Duration.ofHours(1)).plus(Duration.ofDays(90)));
    }

    /** A registrant with a place, confirmed and told, with their reminders pending. */
    private String confirmedPlace() {
        String registration = "reg-" + UUID.randomUUID();
        PlatformEvents.publish(Topics.HUB, new RegistrationConfirmed(UUID.randomUUID(), Instant.now(), openEvent, registration,
                "Name " + registration, registration + "@example.nhs.uk", false));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(sentTo(registration + "@example.nhs.uk", "registration-confirmed")).hasSize(1);
            assertThat(messages(registration, Purpose.OPEN_EVENT_REMINDER)).hasSize(2);
        });
        return registration;
    }

    private List<Message> messages(String registration, Purpose purpose) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(registration).and("purpose").is(purpose)), Message.class);
    }

    /** The requests to Notify to this address with the template of this purpose (its template id from application.yml). */
    private static List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> sentTo(String address, String templateKey) {
        String templateId = TEMPLATES.get(templateKey);
        return NotifyStub.requestsMentioning(address).stream()
                .filter(e -> e.getRequest().getBodyAsString().contains(templateId)).toList();
    }

    private static JsonNode personalisation(com.github.tomakehurst.wiremock.stubbing.ServeEvent request) {
        return JSON.readTree(request.getRequest().getBodyAsString()).get("personalisation");
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private static final java.util.Map<String, String> TEMPLATES = java.util.Map.of(
            "registration-confirmed", "00000000-0000-4000-8000-000000000010",
            "registration-waitlisted", "00000000-0000-4000-8000-000000000011",
            "registration-cancelled", "00000000-0000-4000-8000-000000000012",
            "open-event-reminder", "00000000-0000-4000-8000-000000000013",
            "open-event-moved", "00000000-0000-4000-8000-000000000014",
            "open-event-cancelled", "00000000-0000-4000-8000-000000000015",
            "open-event-feedback", "00000000-0000-4000-8000-000000000016",
            "recording-available", "00000000-0000-4000-8000-000000000017");
}
