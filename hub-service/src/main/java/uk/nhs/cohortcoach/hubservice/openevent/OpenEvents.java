package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * Loads an open event, calls its move ({@link OpenEvent}) and saves it with the move's events through the outbox.
 * Moves that many people make at once (registering, cancelling, attendance, feedback) are retried when another write
 * got in first: each retry reads the event again, so every write is a compare-and-set on the whole event. Within one
 * instance, writes to one event are also taken one at a time (a lock per event id, striped): fewer retries under a
 * burst of registrations, and on the Mongo wire server (tests, the local stack), whose reads can see an update half
 * applied (the new version beside the old registrations), no write is ever based on such a read.
 */
@Service
public class OpenEvents {

    private static final int MAX_ATTEMPTS = 200;
    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final RecordingShelf shelf;
    private final Clock clock;

    OpenEvents(MongoTemplate mongo, Outbox outbox, RecordingShelf shelf, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.shelf = shelf;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public OpenEvent schedule(EventDetails details) {
        OpenEvent.Changed created = OpenEvent.schedule(UUID.randomUUID().toString(), details, clock.instant());
        return outbox.insert(created.event(), created.eventArray());
    }

    /** New details, if the event is still at the version the manager loaded (409 otherwise). */
    public OpenEvent change(String id, EventDetails details, long version) {
        return locked(id, () -> {
            OpenEvent event = get(id);
            if (event.version() != version) {
                throw new OptimisticLockingFailureException("open event " + id + " changed since it was loaded");
            }
            OpenEvent.Changed changed = event.change(details, clock.instant());
            return outbox.update(changed.event(), changed.eventArray());
        });
    }

    public OpenEvent cancel(String id, String reason) {
        return update(id, event -> event.cancel(reason, clock.instant()));
    }

    public OpenEvent get(String id) {
        OpenEvent event = mongo.findById(id, OpenEvent.class);
        if (event == null) {
            throw new NotFoundException("open event", id);
        }
        return event;
    }

    /** Upcoming (not yet ended, soonest first) or past (ended, latest first) events, at most 200. */
    public List<OpenEvent> list(boolean upcoming) {
        Instant now = clock.instant();
        List<OpenEvent> all = mongo.find(new Query().with(Sort.by("startsAt")), OpenEvent.class);
        List<OpenEvent> chosen = new ArrayList<>(all.stream().filter(e -> e.endsAt().isAfter(now) == upcoming).toList());
        if (!upcoming) {
            Collections.reverse(chosen);
        }
        return chosen.stream().limit(200).toList();
    }

    /** Events starting from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<OpenEvent> startingBetween(Instant from, Instant to) {
        return mongo.find(Query.query(Criteria.where("startsAt").gte(from).lt(to)), OpenEvent.class);
    }

    public OpenEvent recordAttendance(String id, List<String> attendedIds) {
        return update(id, event -> event.recordAttendance(attendedIds, clock.instant()));
    }

    /**
     * Records as attended the registrations with a place whose email addresses a webinar platform's report lists
     * (matched ignoring case; repeated rows count once); the rest are described without echoing the address.
     */
    public AttendanceImport importAttendance(String id, byte[] report) {
        List<AttendanceReport.Row> rows = AttendanceReport.read(report);
        OpenEvent event = get(id);
        LinkedHashSet<String> attended = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (AttendanceReport.Row row : rows) {
            String email = row.email();
            if (!email.contains("@")) {
                unmatched.add("Row " + row.row() + " has no email address");
                continue;
            }
            Optional<Registration> registration = event.activeRegistrationOf(email);
            if (registration.isEmpty()) {
                unmatched.add("Row " + row.row() + ": " + AttendanceReport.masked(email) + " is not registered for this event");
            } else if (registration.get().status() != RegistrationStatus.CONFIRMED) {
                unmatched.add("Row " + row.row() + ": " + AttendanceReport.masked(email) + " was on the waiting list, without a place");
            } else {
                attended.add(registration.get().id());
            }
        }
        OpenEvent recorded = recordAttendance(id, List.copyOf(attended));
        List<String> ids = recorded.registrations().stream().filter(Registration::attended).map(Registration::id).toList();
        return new AttendanceImport(attended.size(), unmatched, ids);
    }

    /** Hands the recording to the knowledge hub, then records it on the event (RecordingPublished the first time). */
    public String publishRecording(String id, String videoLink, int durationMinutes, String summary) {
        OpenEvent event = get(id);
        Instant now = clock.instant();
        event.requireRecordable(now);
        String resourceId = shelf.publishRecording(id, "Recording: " + event.details().title(), summary, videoLink,
                durationMinutes, now);
        update(id, current -> current.recordingPublished(resourceId, videoLink, now));
        return resourceId;
    }

    /**
     * Applies a move to the event as stored now, saving it with its events if nobody wrote in between; otherwise reads
     * it again and retries (with a short random pause), so concurrent moves are applied one after another.
     */
    public OpenEvent update(String id, Function<OpenEvent, OpenEvent.Changed> move) {
        return locked(id, () -> write(id, move));
    }

    private OpenEvent write(String id, Function<OpenEvent, OpenEvent.Changed> move) {
        for (int attempt = 1; ; attempt++) {
            OpenEvent current = get(id);
            OpenEvent.Changed changed = move.apply(current);
            if (changed.event() == current) {
                return current; // nothing to write (an address already registered)
            }
            try {
                return outbox.update(changed.event(), changed.eventArray());
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private <T> T locked(String id, Supplier<T> write) {
        ReentrantLock lock = locks[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 20) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write", e);
        }
    }
}
