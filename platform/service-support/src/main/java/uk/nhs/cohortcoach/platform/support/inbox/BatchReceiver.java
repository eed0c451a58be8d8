package uk.nhs.cohortcoach.platform.support.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.UnreadableEventException;

/**
 * The inbox for a batch of records (one poll): one query for the event ids handled before ({@code $in}), each new event
 * handled in the batch's order (so per key, per partition, as published), an event repeated inside the batch handled
 * once, then the handler's held writes flushed and the handled ids recorded in one bulk insert.
 *
 * <p>A record that fails (unreadable, or its handler throws) ends the batch there: what came before it is flushed and
 * recorded, and {@link BatchListenerFailedException} names its index, so the container's error handler commits the
 * records before it, retries it with back-off and then dead-letters it, and goes on with the records after it. A crash
 * in between leaves effects written and ids not recorded: the batch is delivered again and handled again, which the
 * handlers' idempotent writes make harmless (as for one record).
 */
final class BatchReceiver {

    private static final Logger log = LoggerFactory.getLogger(BatchReceiver.class);

    private final ProcessedEvents processed;

    BatchReceiver(ProcessedEvents processed) {
        this.processed = processed;
    }

    int receive(String consumer, List<String> records, BatchHandler handler) {
        List<EventEnvelope> envelopes = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        for (String record : records) {
            try {
                envelopes.add(EventJson.read(record));
            } catch (UnreadableEventException e) {
                unreadable = e;
                break;
            } catch (RuntimeException e) {
                unreadable = new UnreadableEventException("not an event envelope: " + e.getClass().getSimpleName(), e);
                break;
            }
        }
        Set<UUID> seen = new HashSet<>(processed.handledOf(consumer, envelopes.stream().map(EventEnvelope::eventId).toList()));
        List<EventEnvelope> handled = new ArrayList<>();
        for (int index = 0; index < envelopes.size(); index++) {
            EventEnvelope envelope = envelopes.get(index);
            try {
                Optional<DomainEvent> event = EventJson.payload(envelope);
                if (event.isEmpty()) {
                    log.debug("{} skips {} v{} {}: not a type it knows", consumer, envelope.type(), envelope.version(),
                            envelope.eventId());
                    continue;
                }
                if (!seen.add(envelope.eventId())) {
                    log.info("{} already handled {} {}; skipping the repeat delivery", consumer, envelope.type(), envelope.eventId());
                    continue;
                }
                handle(consumer, handler, event.get(), envelope);
            } catch (RuntimeException e) {
                finish(consumer, handler, handled);
                throw new BatchListenerFailedException(consumer + " could not handle " + envelope.type() + " " + envelope.eventId(),
                        e, index);
            }
            handled.add(envelope);
        }
        finish(consumer, handler, handled);
        if (unreadable != null) {
            throw new BatchListenerFailedException(consumer + " could not read a record", unreadable, envelopes.size());
        }
        if (!handled.isEmpty()) {
            log.info("{} handled {} of {} events", consumer, handled.size(), records.size());
        }
        return handled.size();
    }

    private static void handle(String consumer, BatchHandler handler, DomainEvent event, EventEnvelope envelope) {
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        if (envelope.correlationId() != null) {
            MDC.put(CorrelationIds.MDC_KEY, envelope.correlationId());
        }
        try {
            log.debug("{} handling {} {} for {}", consumer, envelope.type(), envelope.eventId(), envelope.aggregateId());
            handler.handle(event, envelope);
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }

    /** The handler's held writes first, then the ids: an id is never recorded before its event's effects are written. */
    private void finish(String consumer, BatchHandler handler, List<EventEnvelope> handled) {
        handler.flush();
        processed.recordAll(consumer, handled);
    }
}
