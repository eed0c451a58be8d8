package uk.nhs.cohortcoach.notificationservice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.preference.Preference;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.test.Http;

/** Subject access through the API, PersonErased through the real broker, and the content retention job. */
@NotificationIntegrationTest
class NotificationPrivacyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private ContentRetention retention;

    private record World(String person, Message delivered, Message pending) {
    }

    private World world() {
        String person = Fixtures.person(mongo, "Mary Seacole");
        Message delivered = Fixtures.message(mongo, person, DeliveryStatus.DELIVERED, "log-" + UUID.randomUUID());
        Instant later = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS);
        Message pending = mongo.insert(new Message(UUID.randomUUID().toString(), "reminder-" + UUID.randomUUID(),
                Purpose.SURVEY_REMINDER, person, "invitation-x", UUID.randomUUID().toString(), "ReminderRequested", later, later,
                Map.of("wave_label", "Baseline"), "invitation-x", DeliveryStatus.PENDING, 0, null, later, later, null, null, null,
                null, null, 0L, null));
        mongo.save(new Preference(person, false, false, Instant.now().truncatedTo(ChronoUnit.MILLIS), person));
        mongo.getCollection("invitations").insertOne(new Document("_id", "invitation-x-" + person).append("waveId", "wave-1")
                .append("personId", person).append("collaborativeId", "team-1").append("submitted", false).append("left", false));
        return new World(person, delivered, pending);
    }

    @Test
    void aManagerExportsMessagesPreferencesAndWhatIsKnownOfThePerson() throws Exception {
        World w = world();

        HttpResponse<String> response = get("/api/privacy/notification/people/" + w.person(), manager());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Http.JSON.readTree(response.body());
        assertThat(body.path("service").asString()).isEqualTo("notification-service");
        assertThat(body.path("person").path("email").asString()).isEqualTo(Fixtures.emailOf(w.person()));
        assertThat(body.path("person").path("name").asString()).isEqualTo("Mary Seacole");
        assertThat(body.path("preferences").path("reminders").asBoolean()).isFalse();
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("personalisation").path("description").asString())
                .isEqualTo("Share the equity data");
        assertThat(body.path("surveyInvitations")).hasSize(1);
        assertThat(body.path("surveyInvitations").get(0).path("waveId").asString()).isEqualTo("wave-1");
    }

    @Test
    void aPersonAboutWhomNothingIsHeldIsNotFound() throws Exception {
        assertThat(get("/api/privacy/notification/people/someone-" + UUID.randomUUID(), manager()).statusCode()).isEqualTo(404);
    }

    @Test
    void personErasedRemovesAddressContentPreferencesAndInvitationsOnceEvenWhenDeliveredTwice() throws Exception {
        World w = world();
        String other = Fixtures.person(mongo, "Someone Else");
        Message othersMessage = Fixtures.message(mongo, other, DeliveryStatus.DELIVERED, "log-" + UUID.randomUUID());
        PersonErased erased = new PersonErased(UUID.randomUUID(), Instant.now(), w.person());

        PlatformEvents.publish(Topics.COHORT, erased);
        PlatformEvents.publish(Topics.COHORT, erased);

        await().atMost(WAIT).until(() -> mongo.findById(w.person(), Person.class) == null
                && mongo.findById(w.delivered().id(), Message.class).personalisation().isEmpty()
                && mongo.findById(w.pending().id(), Message.class).status() == DeliveryStatus.WITHDRAWN);
        Message pending = mongo.findById(w.pending().id(), Message.class);
        assertThat(pending.personalisation()).isEmpty();
        assertThat(pending.invitationId()).isNull();
        assertThat(pending.lastError()).isEqualTo(NotificationErasure.WITHDRAWN_REASON);
        Message delivered = mongo.findById(w.delivered().id(), Message.class);
        assertThat(delivered.status()).as("the log row stays").isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.recipientId()).isEqualTo(w.person());
        assertThat(mongo.findById(w.person(), Preference.class)).isNull();
        assertThat(mongo.getCollection("invitations").countDocuments(new Document("personId", w.person()))).isZero();
        assertThat(mongo.findById(othersMessage.id(), Message.class).personalisation()).as("nobody else is touched")
                .isNotEmpty();
        assertThat(mongo.findById(other, Person.class)).isNotNull();
        JsonNode after = Http.JSON.readTree(get("/api/privacy/notification/people/" + w.person(), manager()).body());
        assertThat(after.path("person").isNull()).isTrue();
        assertThat(after.toString()).doesNotContain(Fixtures.emailOf(w.person())).doesNotContain("Mary Seacole");
        await().atMost(WAIT).until(() -> mongo.getCollection("processed_events")
                .countDocuments(new Document("eventId", erased.eventId().toString())) == 2);
    }

    @Test
    void removesTheContentOfMessagesCompletedLongerAgoThanTheRetentionButKeepsTheirRows() {
        String person = Fixtures.person(mongo, "Edith Cavell");
        Instant old = Instant.now().minus(Duration.ofDays(91)).truncatedTo(ChronoUnit.MILLIS);
        Message expired = Fixtures.message(mongo, person, DeliveryStatus.DELIVERED, "log-" + UUID.randomUUID());
        mongo.getCollection("messages").updateOne(new Document("_id", expired.id()),
                new Document("$set", new Document("completedAt", java.util.Date.from(old)).append("invitationId", "inv-old")));
        Message recent = Fixtures.message(mongo, person, DeliveryStatus.DELIVERED, "log-" + UUID.randomUUID());
        mongo.getCollection("messages").updateOne(new Document("_id", recent.id()),
                new Document("$set", new Document("completedAt", java.util.Date.from(Instant.now().minus(Duration.ofDays(89))))));
        Message pending = Fixtures.message(mongo, person, DeliveryStatus.PENDING, null);

        assertThat(retention.removeExpiredContent()).isGreaterThanOrEqualTo(1);

        Message cleared = mongo.findById(expired.id(), Message.class);
        assertThat(cleared.personalisation()).isEmpty();
        assertThat(cleared.invitationId()).isNull();
        assertThat(cleared.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(cleared.providerReference()).isEqualTo(expired.providerReference());
        assertThat(mongo.findById(recent.id(), Message.class).personalisation()).isNotEmpty();
        assertThat(mongo.findById(pending.id(), Message.class).personalisation()).isNotEmpty();
        assertThat(retention.removeExpiredContent()).as("nothing left to remove").isZero();
    }

    @Test
    void findsOldMessagesThroughAnIndexOnCompletedAt() {
        List<Document> indexes = mongo.getCollection("messages").listIndexes().into(new java.util.ArrayList<>());

        assertThat(indexes).anySatisfy(index -> assertThat(index.get("key", Document.class))
                .isEqualTo(new Document("completedAt", 1)));
    }

    private HttpResponse<String> get(String path, String bearer) {
        return new Http(port).get(path, bearer);
    }

    private static String manager() {
        return Http.bearer("manager-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
    }
}
