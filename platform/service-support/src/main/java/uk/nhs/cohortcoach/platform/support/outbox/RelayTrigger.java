package uk.nhs.cohortcoach.platform.support.outbox;

/**
 * How a write wakes the relay of its own process: the {@link Outbox} pulls it after every write that
 * recorded events, the {@link OutboxRelay} listens while it runs. Pulls are coalesced by the relay
 * (a burst of writes makes a pass or two, not one each); with no relay listening (relay disabled on
 * this instance) a pull does nothing and the events wait for a relay's recovery poll.
 */
final class RelayTrigger {

    private volatile Runnable listener;

    void pull() {
        Runnable current = listener;
        if (current != null) {
            current.run();
        }
    }

    void listen(Runnable onPull) {
        this.listener = onPull;
    }

    void stopListening() {
        this.listener = null;
    }
}
