package uk.nhs.cohortcoach.platform.support.inbox;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;

/**
 * Where a service's Kafka listeners hand each record: reads the envelope, skips event types this
 * build does not know, skips events the consumer has handled before, and otherwise runs the handler
 * once and records the event id. Logs during handling carry the event's correlation id.
 *
 * <p>A record that is not an envelope throws {@link uk.nhs.cohortcoach.platform.events.UnreadableEventException}
 * (dead-lettered at once); a handler that throws is retried with back-off, then dead-lettered.
 * The event id is recorded after the handler succeeds: if the process dies in between, the event is
 * delivered and handled again, so handlers write their effects as idempotent upserts.
 */
public class EventInbox {

    /** What a consumer does with one event. */
    @FunctionalInterface
    public interface Handler {
        void handle(DomainEvent event, EventEnvelope envelope);
    }

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final ProcessedEvents processed;
    private final BatchReceiver batches;

    EventInbox(ProcessedEvents processed) {
        this.processed = processed;
        this.batches = new BatchReceiver(processed);
    }

    /**
     * The records of one poll (a batch listener's), handled as {@link #receive} handles one, with one query for the ids
     * handled before and one bulk insert of the ids handled now (see {@link BatchReceiver}); a failing record is reported
     * as {@link org.springframework.kafka.listener.BatchListenerFailedException} with its index.
     *
     * @return how many events the handler ran for
     */
    public int receiveAll(String consumer, java.util.List<String> records, BatchHandler handler) {
        return batches.receive(consumer, records, handler);
    }

    /**
     * @param consumer a stable name for the handler (e.g. {@code coaching.people-read-model}); each
     *                 consumer sees each event once, independently of other consumers
     * @param record   the record's value as received
     * @return true when the handler ran, false when the event was skipped
     */
    public boolean receive(String consumer, String record, Handler handler) {
        EventEnvelope envelope = EventJson.read(record);
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        if (envelope.correlationId() != null) {
            MDC.put(CorrelationIds.MDC_KEY, envelope.correlationId());
        }
        try {
            Optional<DomainEvent> event = EventJson.payload(envelope);
            if (event.isEmpty()) {
                log.debug("{} skips {} v{} {}: not a type it knows", consumer, envelope.type(), envelope.version(), envelope.eventId());
                return false;
            }
            if (processed.contains(consumer, envelope.eventId())) {
                log.info("{} already handled {} {}; skipping the repeat delivery", consumer, envelope.type(), envelope.eventId());
                return false;
            }
            log.info("{} handling {} {} for {}", consumer, envelope.type(), envelope.eventId(), envelope.aggregateId());
            handler.handle(event.get(), envelope);
            processed.record(consumer, envelope.eventId(), envelope.type());
            return true;
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }
}
