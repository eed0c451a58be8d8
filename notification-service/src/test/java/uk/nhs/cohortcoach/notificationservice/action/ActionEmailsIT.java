package uk.nhs.cohortcoach.notificationservice.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;

/** Action events from the real broker to the emails sent through the Notify stub. */
@NotificationIntegrationTest
class ActionEmailsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate DUE = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10);

    @Autowired
    private MongoTemplate mongo;

    private String action;
    private String first;

    @BeforeEach
    void assignedToAPerson() {
        NotifyStub.accepting();
        action = "act-" + UUID.randomUUID();
        first = Fixtures.person(mongo, "Asha Patel");
        PlatformEvents.publish(Topics.COACHING, new ActionAssigned(UUID.randomUUID(), Instant.now(), action, "s-1", "collab", first,
                "Share the waiting list data", DUE, "Asha Patel"));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(Purpose.ACTION_ASSIGNED)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.SENDING));
            assertThat(messages(Purpose.ACTION_DUE)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING));
        });
    }

    @Test
    void theNewOwnerIsEmailedAndRemindedAndThePreviousOwnersReminderIsWithdrawnEvenWhenDeliveredTwice() {
        String second = Fixtures.person(mongo, "Sam Okafor");
        ActionReassigned reassigned = new ActionReassigned(UUID.randomUUID(), Instant.now(), action, "s-1", "collab", first,
                "Asha Patel", second, "Sam Okafor", null, "Share the waiting list data", DUE);

        PlatformEvents.publish(Topics.COACHING, reassigned);
        PlatformEvents.publish(Topics.COACHING, reassigned);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(Purpose.ACTION_ASSIGNED)).filteredOn(m -> m.recipientId().equals(second)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.SENDING));
            assertThat(messages(Purpose.ACTION_DUE)).filteredOn(m -> m.recipientId().equals(first)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
            assertThat(messages(Purpose.ACTION_DUE)).filteredOn(m -> m.recipientId().equals(second)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING));
            assertThat(NotifyStub.requestsMentioning(Fixtures.emailOf(second))).hasSize(1);
        });
    }

    @Test
    void anOutsiderIsEmailedAtTheAddressGivenWhichIsNotKeptOnceNotifyHasIt() {
        String address = "jo.bloggs." + UUID.randomUUID() + "@example.org";
        PlatformEvents.publish(Topics.COACHING, new ActionReassigned(UUID.randomUUID(), Instant.now(), action, "s-1", "collab", first,
                "Asha Patel", null, "Jo Bloggs", address, "Share the waiting list data", DUE));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(Purpose.ACTION_ASSIGNED)).filteredOn(m -> m.recipientId().equals("outsider:" + action))
                    .singleElement().satisfies(m -> {
                        assertThat(m.status()).isEqualTo(DeliveryStatus.SENDING);
                        assertThat(m.personalisation()).as("the address and the rest of the content are gone").isEmpty();
                    });
            assertThat(NotifyStub.requestsMentioning(address)).hasSize(1);
            assertThat(messages(Purpose.ACTION_DUE)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
        });
        String sent = NotifyStub.requestsMentioning(address).get(0).getRequest().getBodyAsString();
        assertThat(sent).contains("\"name\":\"Jo Bloggs\"").contains("Share the waiting list data")
                .doesNotContain("outsider_email").doesNotContain("outsider_name");
        assertThat(mongo.getCollection("messages").find().into(new java.util.ArrayList<>()).toString()).doesNotContain(address);
    }

    @Test
    void aMovedDueDateMovesTheReminderAndAReopenedActionIsOwedOneAgain() {
        LocalDate later = DUE.plusDays(7);
        PlatformEvents.publish(Topics.COACHING, new ActionUpdated(UUID.randomUUID(), Instant.now(), action, "collab", first,
                "Share the waiting list data", later, DUE));

        await().atMost(WAIT).untilAsserted(() -> {
            List<Message> reminders = messages(Purpose.ACTION_DUE);
            assertThat(reminders).hasSize(2);
            assertThat(reminders).filteredOn(m -> m.status() == DeliveryStatus.WITHDRAWN).singleElement()
                    .satisfies(m -> assertThat(m.personalisation()).containsEntry("due_on", DUE.toString()));
            assertThat(reminders).filteredOn(m -> m.status() == DeliveryStatus.PENDING).singleElement()
                    .satisfies(m -> assertThat(m.personalisation()).containsEntry("due_on", later.toString()));
        });

        PlatformEvents.publish(Topics.COACHING, new uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted(UUID.randomUUID(),
                Instant.now(), action, "collab", LocalDate.now(ZoneId.of("Europe/London"))));
        PlatformEvents.publish(Topics.COACHING, new ActionReopened(UUID.randomUUID(), Instant.now(), action, "collab", first,
                "Share the waiting list data", later, LocalDate.now(ZoneId.of("Europe/London"))));

        await().atMost(WAIT).untilAsserted(() -> {
            List<Message> reminders = messages(Purpose.ACTION_DUE);
            assertThat(reminders).hasSize(3);
            assertThat(reminders).filteredOn(m -> m.status() == DeliveryStatus.PENDING).singleElement()
                    .satisfies(m -> assertThat(m.eventType()).isEqualTo("ActionReopened"));
        });
    }

    private List<Message> messages(Purpose purpose) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(action).and("purpose").is(purpose)), Message.class);
    }
}
