package uk.nhs.cohortcoach.platform.support.inbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.Topics;

/**
 * For consumer contract tests, with no broker or database: an inbox that reads each record as
 * {@link EventInbox} does ({@link EventJson#read} then {@link EventJson#payload}, skipping types this build
 * does not know) and hands the event to the consumer's handler. Remembering handled ids is the real
 * inbox's business, covered by the integration tests. Shared with the services' contract tests through this
 * module's {@code tests} jar, which holds this class alone.
 */
public final class ContractInbox {

    private ContractInbox() {
    }

    public static EventInbox create() {
        EventInbox inbox = mock(EventInbox.class);
        when(inbox.receive(anyString(), anyString(), any())).thenAnswer(call -> {
            EventEnvelope envelope = EventJson.read(call.getArgument(1));
            Optional<DomainEvent> event = EventJson.payload(envelope);
            event.ifPresent(e -> call.<EventInbox.Handler>getArgument(2).handle(e, envelope));
            return event.isPresent();
        });
        when(inbox.receiveAll(anyString(), anyList(), any())).thenAnswer(call -> {
            int handled = 0;
            for (String record : call.<java.util.List<String>>getArgument(1)) {
                EventEnvelope envelope = EventJson.read(record);
                Optional<DomainEvent> event = EventJson.payload(envelope);
                if (event.isPresent()) {
                    call.<BatchHandler>getArgument(2).handle(event.get(), envelope);
                    handled++;
                }
            }
            return handled;
        });
        return inbox;
    }

    /** A record of the cohort topic carrying the given value, as a listener receives it. */
    public static ConsumerRecord<String, String> cohortRecord(String value) {
        return record(Topics.COHORT, value);
    }

    /** A record of a topic carrying the given value, keyed by its aggregate as producers key it. */
    public static ConsumerRecord<String, String> record(String topic, String value) {
        return new ConsumerRecord<>(topic, 0, 0L, EventJson.read(value).aggregateId(), value);
    }
}
