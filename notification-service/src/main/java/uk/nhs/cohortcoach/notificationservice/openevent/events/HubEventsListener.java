package uk.nhs.cohortcoach.notificationservice.openevent.events;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.openevent.OpenEventTriggers;
import uk.nhs.cohortcoach.notificationservice.resource.ResourceTriggers;
import uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.hub.HubEvent;

/**
 * Turns {@code hub.events.v1} into messages, once per event id. One listener for the topic: open-event and
 * registration events go to {@link OpenEventTriggers}, a resource's publication to {@link ResourceTriggers}
 * (ResourceArchived owes nothing).
 */
@Component
class HubEventsListener {

    static final String CONSUMER = "notification.hub";

    private final BatchConsumption consumption;
    private final OpenEventTriggers openEvents;
    private final ResourceTriggers resources;

    HubEventsListener(BatchConsumption consumption, OpenEventTriggers openEvents, ResourceTriggers resources) {
        this.consumption = consumption;
        this.openEvents = openEvents;
        this.resources = resources;
    }

    /** One poll's records at a time (see {@link BatchConsumption}). */
    @KafkaListener(id = "notification-hub", idIsGroup = false, topics = Topics.HUB,
            batch = "true", containerPostProcessor = "batchAcknowledgement")
    void on(List<ConsumerRecord<String, String>> records) {
        consumption.receive(CONSUMER, records, this::handle);
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (event instanceof HubEvent hub && !openEvents.on(hub)) {
            resources.on(hub);
        }
    }
}
