package uk.nhs.cohortcoach.notificationservice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;

/** Through the real broker into GOV.UK Notify's stand-in: one event delivered three times sends one email. */
@NotificationIntegrationTest
class ExactlyOnceIT {

    @Autowired
    private MongoTemplate mongo;

    @Test
    void sendsOneEmailWhenTheSameEventArrivesThreeTimes() {
        NotifyStub.accepting();
        String owner = "person-" + UUID.randomUUID();
        String email = owner + "@example.nhs.uk";
        PlatformEvents.publish(Topics.COHORT, new PersonRegistered(UUID.randomUUID(), Instant.now(), owner, "Mary Seacole", email,
                "Director of nursing", "RHQ", List.of("PARTICIPANT")));
        ActionAssigned assigned = new ActionAssigned(UUID.randomUUID(), Instant.now(), "action-" + UUID.randomUUID(), "session-1",
                "collaborative-1", owner, "Bring the waiting-list equity audit", LocalDate.now().plusDays(14), "Mary Seacole");

        PlatformEvents.publish(Topics.COACHING, assigned);
        PlatformEvents.publish(Topics.COACHING, assigned);
        PlatformEvents.publish(Topics.COACHING, assigned);

        Query assignedMail = Query.query(Criteria.where("recipientId").is(owner).and("purpose").is(Purpose.ACTION_ASSIGNED));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.find(assignedMail, Message.class))
                .singleElement().extracting(Message::status).isEqualTo(DeliveryStatus.SENDING));
        // and it stays one: a later event on the action's key (ActionCompleted, which withdraws only the due
        // reminder) is handled after the two repeats, so once it is, the repeats have added whatever they would
        String id = mongo.findOne(assignedMail, Message.class).id();
        PlatformEvents.publish(Topics.COACHING, new ActionCompleted(UUID.randomUUID(), Instant.now(), assigned.actionId(),
                "collaborative-1", LocalDate.now()));
        Query dueReminder = Query.query(Criteria.where("recipientId").is(owner).and("purpose").is(Purpose.ACTION_DUE));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.find(dueReminder, Message.class))
                .singleElement().extracting(Message::status).isEqualTo(DeliveryStatus.WITHDRAWN));
        assertThat(mongo.count(assignedMail, Message.class)).isEqualTo(1);
        assertThat(NotifyStub.requestsMentioning(email)).hasSize(1);
        assertThat(NotifyStub.requestsMentioning(id)).hasSize(1);
    }
}
