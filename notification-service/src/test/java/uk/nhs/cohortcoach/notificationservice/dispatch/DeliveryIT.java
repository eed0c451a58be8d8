package uk.nhs.cohortcoach.notificationservice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.InvitationTokens;

/** What the dispatcher does with a due message before and after handing it to Notify. */
@NotificationIntegrationTest
class DeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Messages messages;

    @Autowired
    private Preferences preferences;

    @Autowired
    private Delivery delivery;

    @BeforeEach
    void notifyUp() {
        NotifyStub.accepting();
    }

    @Test
    void withdrawsRemindersForSomeoneWhoTurnedThemOffButStillSendsTheirInvitation() {
        String person = Fixtures.person(mongo, "Rosalind Franklin");
        preferences.change(person, false, person);

        String reminder = enqueue(person, Purpose.SESSION_REMINDER, null);
        String invitation = enqueue(person, Purpose.SESSION_INVITATION, null);
        String cancellation = enqueue(person, Purpose.SESSION_CANCELLED, null);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(stored(reminder).status()).isEqualTo(DeliveryStatus.WITHDRAWN);
            assertThat(stored(invitation).status()).isEqualTo(DeliveryStatus.SENDING);
            assertThat(stored(cancellation).status()).isEqualTo(DeliveryStatus.SENDING);
        });
        assertThat(stored(reminder).lastError()).contains("turned reminders off");
        assertThat(NotifyStub.requestsMentioning(reminder)).isEmpty();
        assertThat(NotifyStub.requestsMentioning(Fixtures.emailOf(person))).hasSize(2);
    }

    @Test
    void waitsForTheAddressOfSomeoneCohortServiceHasNotDescribedYet() {
        String person = "person-" + UUID.randomUUID();
        String invitation = enqueue(person, Purpose.SESSION_INVITATION, null);

        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(invitation).attempts()).isGreaterThanOrEqualTo(1));
        Message waiting = stored(invitation);
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.lastError()).contains("no email address");
        assertThat(NotifyStub.requestsMentioning(invitation)).isEmpty();

        mongo.save(new Person(person, "Late Arrival", person + "@example.nhs.uk", Set.of("PARTICIPANT"), List.of()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(invitation).status()).isEqualTo(DeliveryStatus.SENDING));
        assertThat(NotifyStub.requestsMentioning(invitation)).hasSize(1);
    }

    @Test
    void addsTheNameAndTheSurveyLinkWhenSendingButNeverStoresTheLink() {
        String person = Fixtures.person(mongo, "Mary Seacole");
        String invitationId = "invitation-" + UUID.randomUUID();
        String message = enqueue(person, Purpose.SURVEY_INVITATION, invitationId);

        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(message).status()).isEqualTo(DeliveryStatus.SENDING));

        String token = InvitationTokens.token("local-dev-invitation-link-secret-not-for-production".getBytes(StandardCharsets.UTF_8),
                invitationId);
        String body = NotifyStub.requestsMentioning(message).get(0).getRequest().getBodyAsString();
        assertThat(body).contains("\"name\":\"Mary Seacole\"").contains("http://localhost:8080/respond/" + token);
        assertThat(stored(message).personalisation()).doesNotContainKey("survey_link");
        assertThat(body).as("every email carries the privacy line and where to read more")
                .contains("\"privacy_notice\":\"We keep your name, email address and role to run the programme.")
                .contains("\"privacy_url\":\"http://localhost:8080/privacy\"");
        assertThat(stored(message).personalisation()).doesNotContainKey("privacy_notice");
        assertThat(mongo.getCollection("messages").find().into(new java.util.ArrayList<>()).toString()).doesNotContain(token);
    }

    @Test
    void aMessageWithdrawnWhileItWaitedForAnAddressStaysWithdrawn() {
        String person = "person-" + UUID.randomUUID();
        String id = enqueue(person, Purpose.SURVEY_INVITATION, "invitation-" + UUID.randomUUID(), Instant.now().plus(Duration.ofDays(1)));
        Message inFlight = stored(id);
        messages.withdraw(inFlight.subjectId(), List.of(Purpose.SURVEY_INVITATION), "survey answered");

        delivery.deliver(inFlight);

        assertThat(stored(id).status()).as("no address yet: nothing was sent, so the withdrawal stands")
                .isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(stored(id).lastError()).isEqualTo("survey answered");
    }

    @Test
    void aSendTheProviderAcceptedIsRecordedEvenIfTheMessageWasWithdrawnMeanwhile() {
        String person = Fixtures.person(mongo, "Elizabeth Garrett Anderson");
        String id = enqueue(person, Purpose.SESSION_INVITATION, null, Instant.now().plus(Duration.ofDays(1)));
        Message inFlight = stored(id);
        messages.withdraw(inFlight.subjectId(), List.of(Purpose.SESSION_INVITATION), "session cancelled");

        delivery.deliver(inFlight);

        assertThat(stored(id).status()).as("the email went: the log says so").isEqualTo(DeliveryStatus.SENDING);
        assertThat(NotifyStub.requestsMentioning(id)).hasSize(1);
    }

    private String enqueue(String person, Purpose purpose, String invitationId) {
        return enqueue(person, purpose, invitationId, Instant.now());
    }

    private String enqueue(String person, Purpose purpose, String invitationId, Instant dueAt) {
        NewMessage message = new NewMessage("delivery-" + UUID.randomUUID(), person, purpose, "subject-" + UUID.randomUUID(),
                UUID.randomUUID().toString(), "Test", Instant.now(), dueAt, invitationId == null ? Map.of("title", "Board coaching")
                        : Map.of("title", "Board coaching", "wave_label", "Baseline survey"), invitationId);
        assertThat(messages.enqueue(message)).isTrue();
        return message.id();
    }

    private Message stored(String id) {
        return mongo.findById(id, Message.class);
    }
}
