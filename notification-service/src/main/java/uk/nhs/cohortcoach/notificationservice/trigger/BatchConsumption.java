package uk.nhs.cohortcoach.notificationservice.trigger;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.support.inbox.BatchHandler;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox.Handler;

/**
 * How the event listeners consume: one poll's records at a time (a batch listener). The inbox asks once which event ids
 * were handled before, each new event is handled in order (per key as published), the messages the events owe are held
 * and written in one bulk insert ({@link Messages#batch()}), and the handled ids recorded in one more. A withdrawal or
 * release in the batch writes the held messages first, so it sees what earlier events of the batch enqueued. A record
 * that fails ends the batch at that record: the ones before it are written and recorded, and the container's error
 * handler retries it, dead-letters it, and goes on with the rest (see the inbox's {@code BatchReceiver}).
 */
@Component
public class BatchConsumption {

    private final EventInbox inbox;
    private final Messages messages;

    public BatchConsumption(EventInbox inbox, Messages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    /** @return how many events were handled (repeats and unknown types skipped) */
    public int receive(String consumer, List<ConsumerRecord<String, String>> records, Handler handler) {
        try (Messages.Batch batch = messages.batch()) {
            return inbox.receiveAll(consumer, records.stream().map(ConsumerRecord::value).toList(), new BatchHandler() {
                @Override
                public void handle(DomainEvent event, EventEnvelope envelope) {
                    handler.handle(event, envelope);
                }

                @Override
                public void flush() {
                    batch.flush();
                }
            });
        }
    }
}
