package uk.nhs.cohortcoach.platform.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the relay does with one {@link PendingWrite}, given the events its document holds now.
 *
 * <ul>
 *   <li>Some of the pointer's events are in the document: publish the document's pending events up to and
 *       including the last of them ({@link #publishThrough()} entries), since a document's array is its
 *       aggregate's order, so an aggregate's events always leave in the order they were written.</li>
 *   <li>None are: they were published already (this relay remembers what it published lately), or the write is
 *       still in flight (pointer written, document not yet), or it failed or its process died between the two
 *       writes. The pointer is removed once its events are known published or it is older than the grace that
 *       no write can outlast; until then it is kept.</li>
 * </ul>
 */
record PendingDecision(Action action, int publishThrough) {

    enum Action { PUBLISH, REMOVE, KEEP }

    static PendingDecision decide(PendingWrite pointer, List<String> pendingInDocument, Predicate<String> publishedLately,
            Instant now, Duration inFlightGrace) {
        int last = -1;
        for (int i = 0; i < pendingInDocument.size(); i++) {
            if (pointer.eventIds().contains(pendingInDocument.get(i))) {
                last = i;
            }
        }
        if (last >= 0) {
            return new PendingDecision(Action.PUBLISH, last + 1);
        }
        boolean published = !pointer.eventIds().isEmpty() && pointer.eventIds().stream().allMatch(publishedLately);
        boolean stale = pointer.recordedAt().plus(inFlightGrace).isBefore(now);
        return new PendingDecision(published || stale ? Action.REMOVE : Action.KEEP, 0);
    }
}
