package uk.nhs.cohortcoach.notificationservice.session.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import uk.nhs.cohortcoach.notificationservice.action.ActionTriggers;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.test.KafkaTestConsumer;

/**
 * The coaching topic's batch listener on the Mongo wire server: batches handed to it as the container hands them (a
 * poll's records), and one through the real broker. Exactly once per event id whatever the batch holds, per-key order
 * inside a batch, a failure ending the batch at its record, and a poison record dead-lettered while the others go on.
 */
@NotificationIntegrationTest
class BatchConsumptionIT {

    @Autowired
    private CoachingEventsListener listener;

    @Autowired
    private BatchConsumption consumption;

    @Autowired
    private ActionTriggers actions;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void handlesEachEventOnceWhenTheBatchRepeatsEventsInsideIt() {
        ActionAssigned a = assigned();
        ActionAssigned b = assigned();
        ActionAssigned c = assigned();

        listener.on(records(a, b, a, c, b, a));

        assertThat(List.of(a, b, c)).allSatisfy(event -> {
            assertThat(assignedMail(event)).as("emails owed for %s", event.actionId()).hasSize(1);
            assertThat(recorded(event)).isTrue();
        });
    }

    @Test
    void aRedeliveredBatchIsSkippedByTheInboxWithoutRunningAHandler() {
        List<ActionAssigned> events = List.of(assigned(), assigned(), assigned());
        List<ConsumerRecord<String, String>> batch = records(events.toArray(CoachingEvent[]::new));
        listener.on(batch);

        int handledAgain = consumption.receive(CoachingEventsListener.CONSUMER, batch, (event, envelope) -> {
            throw new AssertionError("handled " + event.eventId() + " a second time");
        });

        assertThat(handledAgain).isZero();
        assertThat(events).allSatisfy(event -> assertThat(assignedMail(event)).hasSize(1));
    }

    @Test
    void aBatchWhoseEffectsWereWrittenButWhoseIdsWereNotRecordedIsHandledAgainWithoutASecondEmail() {
        // the process died after the bulk insert of messages and before the bulk insert of handled ids
        List<ActionAssigned> events = List.of(assigned(), assigned());
        List<ConsumerRecord<String, String>> batch = records(events.toArray(CoachingEvent[]::new));
        listener.on(batch);
        events.forEach(event -> mongo.remove(Query.query(Criteria.where("_id").is(CoachingEventsListener.CONSUMER + ":" + event.eventId())),
                "processed_events"));

        int handledAgain = consumption.receive(CoachingEventsListener.CONSUMER, batch, (event, envelope) -> actions.on((CoachingEvent) event));

        assertThat(handledAgain).as("the ids were not recorded, so the events are handled again").isEqualTo(2);
        assertThat(events).allSatisfy(event -> {
            assertThat(assignedMail(event)).hasSize(1);
            assertThat(recorded(event)).isTrue();
        });
    }

    @Test
    void keepsEachActionsOrderInsideABatchSoACompletionWithdrawsTheReminderAssignedBeforeIt() {
        ActionAssigned assigned = assigned();
        ActionCompleted completed = new ActionCompleted(UUID.randomUUID(), Instant.now(), assigned.actionId(), "collaborative-1",
                LocalDate.now());

        listener.on(records(assigned(), assigned, assigned(), completed));

        List<Message> due = mongo.find(Query.query(Criteria.where("subjectId").is(assigned.actionId()).and("purpose")
                .is(Purpose.ACTION_DUE)), Message.class);
        assertThat(due).singleElement().extracting(Message::status).isEqualTo(DeliveryStatus.WITHDRAWN);
    }

    @Test
    void aFailingEventEndsTheBatchThereWithTheEventsBeforeItWrittenAndRecordedAndNoneAfterIt() {
        List<ActionAssigned> events = List.of(assigned(), assigned(), assigned(), assigned());
        ActionAssigned failing = events.get(2);
        List<ConsumerRecord<String, String>> batch = records(events.toArray(CoachingEvent[]::new));

        assertThatThrownBy(() -> consumption.receive(CoachingEventsListener.CONSUMER, batch, (event, envelope) -> {
            if (event.eventId().equals(failing.eventId())) {
                throw new IllegalStateException("the database went away");
            }
            actions.on((CoachingEvent) event);
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> assertThat(failed.getIndex()).isEqualTo(2));

        assertThat(events.subList(0, 2)).allSatisfy(event -> {
            assertThat(assignedMail(event)).hasSize(1);
            assertThat(recorded(event)).isTrue();
        });
        assertThat(events.subList(2, 4)).allSatisfy(event -> {
            assertThat(assignedMail(event)).isEmpty();
            assertThat(recorded(event)).isFalse();
        });

        // the container commits the two before it and delivers the rest again
        listener.on(batch.subList(2, 4));
        assertThat(events).allSatisfy(event -> assertThat(assignedMail(event)).hasSize(1));
    }

    @Test
    void deadLettersAPoisonRecordThroughTheBrokerAndHandlesTheRecordsAroundIt() throws Exception {
        ActionAssigned before = assigned();
        ActionAssigned after = assigned();
        String poisonKey = "poison-" + UUID.randomUUID();
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.onSharedBroker(Topics.COACHING + ".DLT");
                var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(java.util.Map.of(
                        "bootstrap.servers", uk.nhs.cohortcoach.platform.test.SharedInfrastructure.endpoints().kafkaBootstrapServers(),
                        "linger.ms", 50), new org.apache.kafka.common.serialization.StringSerializer(),
                        new org.apache.kafka.common.serialization.StringSerializer())) {
            // one partition (the same key) and sent together, so they arrive in one poll
            producer.send(record(poisonKey, before));
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.COACHING, poisonKey, "{not an event"));
            producer.send(record(poisonKey, after));
            producer.flush();

            ConsumerRecord<String, String> dead = deadLetters.await(r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
            assertThat(dead.value()).isEqualTo("{not an event");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(assignedMail(before)).hasSize(1);
            assertThat(assignedMail(after)).hasSize(1);
        });
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, String> record(String key, CoachingEvent event) {
        return new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.COACHING, key,
                EventJson.write(EventJson.envelope(event, "batch-" + UUID.randomUUID())));
    }

    private static ActionAssigned assigned() {
        return new ActionAssigned(UUID.randomUUID(), Instant.now(), "action-" + UUID.randomUUID(), "session-1", "collaborative-1",
                "person-" + UUID.randomUUID(), "Bring the waiting-list equity audit", LocalDate.now().plusDays(14), "Mary Seacole");
    }

    private static List<ConsumerRecord<String, String>> records(CoachingEvent... events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (CoachingEvent event : events) {
            records.add(new ConsumerRecord<>(Topics.COACHING, 0, records.size(), event.aggregateId(),
                    EventJson.write(EventJson.envelope(event, "batch-test"))));
        }
        return records;
    }

    private List<Message> assignedMail(ActionAssigned event) {
        return mongo.find(Query.query(Criteria.where("eventId").is(event.eventId().toString()).and("purpose")
                .is(Purpose.ACTION_ASSIGNED)), Message.class);
    }

    private boolean recorded(CoachingEvent event) {
        return mongo.exists(Query.query(Criteria.where("_id").is(CoachingEventsListener.CONSUMER + ":" + event.eventId())),
                "processed_events");
    }
}
