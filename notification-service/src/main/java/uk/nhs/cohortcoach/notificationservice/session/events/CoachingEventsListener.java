package uk.nhs.cohortcoach.notificationservice.session.events;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.action.ActionTriggers;
import uk.nhs.cohortcoach.notificationservice.session.SessionTriggers;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;

/**
 * Turns {@code coaching.events.v1} into messages, once per event id. One listener for the topic (in
 * the service's consumer group, which would otherwise split the topic's partitions between two
 * listeners): session events go to {@link SessionTriggers}, action events to {@link ActionTriggers}.
 */
@Component
class CoachingEventsListener {

    static final String CONSUMER = "notification.coaching";

    private final BatchConsumption consumption;
    private final SessionTriggers sessions;
    private final ActionTriggers actions;

    CoachingEventsListener(BatchConsumption consumption, SessionTriggers sessions, ActionTriggers actions) {
        this.consumption = consumption;
        this.sessions = sessions;
        this.actions = actions;
    }

    /** One poll's records at a time (see {@link uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption}). */
    @KafkaListener(id = "notification-coaching", idIsGroup = false, topics = Topics.COACHING,
            batch = "true", containerPostProcessor = "batchAcknowledgement")
    void on(List<ConsumerRecord<String, String>> records) {
        consumption.receive(CONSUMER, records, this::handle);
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (event instanceof CoachingEvent coaching && !sessions.on(coaching)) {
            actions.on(coaching);
        }
    }
}
