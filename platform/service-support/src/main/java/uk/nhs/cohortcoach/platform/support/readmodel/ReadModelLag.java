package uk.nhs.cohortcoach.platform.support.readmodel;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The read model trails cohort-service by the moment an event takes to arrive. So that a cohort,
 * collaborative or person created a moment ago is not refused, a reference the read model does not
 * (yet) hold is looked up again every {@value #POLL_MILLIS} ms for up to
 * {@code cohort-coach.read-model.lag-wait} (default 3 s) before the request is answered 400. Only
 * requests naming something unknown wait; a refusal of a truly unknown reference costs that wait once.
 */
public class ReadModelLag {

    static final long POLL_MILLIS = 100;

    private final Duration patience;

    public ReadModelLag(Duration patience) {
        if (patience.isNegative()) {
            throw new IllegalArgumentException("cohort-coach.read-model.lag-wait must not be negative: " + patience);
        }
        this.patience = patience;
    }

    /** The lookup's answer as soon as it finds something, or empty once the wait is over. */
    public <T> Optional<T> awaitPresent(Supplier<Optional<T>> lookup) {
        return await(lookup, Optional::isPresent);
    }

    /**
     * Tries again until {@code done} accepts the attempt's result or the wait is over; returns the last
     * result. The first attempt is made at once, so a request whose references are known never waits.
     */
    public <T> T await(Supplier<T> attempt, Predicate<? super T> done) {
        long deadline = System.nanoTime() + patience.toNanos();
        T result = attempt.get();
        while (!done.test(result)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return result;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            result = attempt.get();
        }
        return result;
    }
}
