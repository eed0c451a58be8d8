package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * Makes "check for clashes, then save" one step per calendar: while a booking is checked and
 * saved, it holds a lock on each coach's and collaborative's calendar it touches, so two requests
 * cannot both find a slot free and both take it. Locks are ShedLock's MongoDB locks (collection
 * {@code booking_locks}), shared by every instance of the service and released even if an instance
 * dies ({@link #HOLD_AT_MOST}). Keys are taken in sorted order, so two bookings never wait on each other.
 */
@Component
class BookingLocks {

    static final Duration HOLD_AT_MOST = Duration.ofSeconds(30);
    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(5);
    private static final long PAUSE_MILLIS = 20;

    private final LockProvider locks;

    BookingLocks(MongoTemplate mongo) {
        this.locks = new MongoLockProvider(mongo.getCollection("booking_locks"));
    }

    static String coach(String coachId) {
        return "coach:" + coachId;
    }

    static String collaborative(String collaborativeId) {
        return "collaborative:" + collaborativeId;
    }

    <T> T whileHolding(Iterable<String> keys, Supplier<T> work) {
        SortedSet<String> sorted = new TreeSet<>();
        keys.forEach(sorted::add);
        List<SimpleLock> held = new ArrayList<>();
        try {
            for (String key : sorted) {
                held.add(acquire(key));
            }
            return work.get();
        } finally {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
        }
    }

    private SimpleLock acquire(String key) {
        long deadline = System.nanoTime() + WAIT_AT_MOST.toNanos();
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), key, HOLD_AT_MOST, Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
            }
            if (System.nanoTime() > deadline) {
                throw new ConflictException("Someone else is changing this calendar right now; please try again.");
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictException("The booking was interrupted; please try again.");
            }
        }
    }
}
