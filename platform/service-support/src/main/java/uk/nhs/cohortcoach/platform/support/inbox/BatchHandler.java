package uk.nhs.cohortcoach.platform.support.inbox;

import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;

/**
 * What a batch consumer does with the events of one poll ({@link EventInbox#receiveAll}): {@link #handle} each new event
 * in order, possibly holding its writes back, and {@link #flush} them together. The inbox flushes before it records the
 * batch's events as handled, and before it reports a failing event, so an event is never recorded as handled before
 * its effects are written.
 */
public interface BatchHandler {

    void handle(DomainEvent event, EventEnvelope envelope);

    /** Writes what {@link #handle} held back (e.g. one bulk insert of the batch's messages). */
    void flush();
}
