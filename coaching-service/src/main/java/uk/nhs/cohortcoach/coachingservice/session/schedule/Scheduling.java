package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;
import uk.nhs.cohortcoach.platform.support.readmodel.ReadModelLag;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.coachingservice.logdraft.LogDrafts;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * Scheduling, rescheduling and cancelling sessions, and finding those a person may see. Applies the
 * rules ({@link SlotRules}, {@link ClashRules}, {@link Recurrence}) against the read model and the
 * stored sessions, and saves every change with its event through the outbox.
 *
 * <p>Who may do what: a programme manager anything; a coach schedules only for themselves and only
 * with a collaborative they coach, and reschedules or cancels only their own sessions. Reading: a
 * programme manager sees every session, a coach their own and those of collaboratives they coach, a
 * participant those they are invited to; to anyone else a session does not exist (404).
 */
@Service
public class Scheduling {

    private final MongoTemplate mongo;
    private final ReadModel readModel;
    private final ReadModelLag lag;
    private final Outbox outbox;
    private final Clock clock;
    private final ClashRules clashRules;
    private final BookingLocks bookingLocks;
    private final SessionQueries queries;
    private final Actions actions;
    private final LogDrafts logDrafts;

    Scheduling(MongoTemplate mongo, ReadModel readModel, ReadModelLag lag, Outbox outbox, Clock clock, BookingLocks bookingLocks,
            SessionQueries queries, Actions actions, LogDrafts logDrafts,
            @Value("${cohort-coach.scheduling.buffer:15m}") Duration buffer) {
        this.actions = actions;
        this.logDrafts = logDrafts;
        this.lag = lag;
        this.bookingLocks = bookingLocks;
        this.queries = queries;
        this.mongo = mongo;
        this.readModel = readModel;
        this.outbox = outbox;
        this.clock = clock;
        this.clashRules = new ClashRules(buffer);
    }

    // ---- scheduling

    public Session schedule(SessionDetails details, Viewer viewer) {
        return scheduleAll(details, null, viewer).get(0);
    }

    /** Checks every session of the series up front; creates them all with one series id, or none. */
    public List<Session> scheduleSeries(SessionDetails details, Recurrence recurrence, Viewer viewer) {
        return scheduleAll(details, recurrence, viewer);
    }

    private List<Session> scheduleAll(SessionDetails details, Recurrence recurrence, Viewer viewer) {
        ZoneId zone = SlotRules.LONDON;
        CohortView cohort = checkScheduling(details, viewer);
        List<Slot> slots = new ArrayList<>();
        Slot first = SlotRules.slot(details.start(), details.startAt(), details.durationMinutes(), zone);
        if (recurrence == null) {
            slots.add(first);
        } else {
            for (LocalDateTime local : recurrence.occurrences(SlotRules.localStart(details.start(), details.startAt(), zone))) {
                slots.add(SlotRules.slot(local, details.durationMinutes(), zone, "start"));
            }
        }
        for (Slot slot : slots) {
            SlotRules.requireWithinCohort(slot, cohort.startDate(), cohort.endDate(), zone, "start");
        }
        String seriesId = recurrence == null ? null : UUID.randomUUID().toString();
        List<Session> sessions = slots.stream().map(slot -> newSession(details, cohort, slot, seriesId, null)).toList();
        return bookingLocks.whileHolding(calendars(sessions), () -> {
            requireNoClashes(sessions, zone);
            Instant now = clock.instant();
            List<Session> stored = new ArrayList<>();
            for (Session session : sessions) {
                boolean last = seriesId != null && stored.size() == sessions.size() - 1;
                // the series' own event goes with its last session, so when it is published every occurrence is stored
                stored.add(last ? outbox.insert(session, scheduled(session, now), seriesScheduled(sessions, now))
                        : outbox.insert(session, scheduled(session, now)));
            }
            return stored;
        });
    }

    /**
     * A session that already took place, checked as any booking (who may, references, cohort dates) and with a start
     * before {@code now}, not stored: its log is added ({@link Session#record}) and then it is stored by
     * {@link #insertHeld}. Its log stays open until {@code logOpenUntil} when that is later than the usual lock.
     */
    public Session draftHeld(SessionDetails details, Instant logOpenUntil, Viewer viewer) {
        ZoneId zone = SlotRules.LONDON;
        CohortView cohort = checkScheduling(details, viewer);
        Slot slot = SlotRules.slot(details.start(), details.startAt(), details.durationMinutes(), zone);
        if (!slot.start().isBefore(clock.instant())) {
            throw InvalidFieldsException.of(details.startAt() != null ? "startAt" : "start",
                    "The session must have started already. Schedule a session that is still to come instead");
        }
        SlotRules.requireWithinCohort(slot, cohort.startDate(), cohort.endDate(), zone, "start");
        return newSession(details, cohort, slot, null, logOpenUntil);
    }

    /**
     * Stores a session recorded as held (its {@code change} from {@link #draftHeld} and {@link Session#record}) with
     * SessionScheduled and SessionLogged in one write, once no clash refuses it; {@code beforeSaving} runs after the
     * clash check and before the write (it stores the actions agreed).
     */
    public Session insertHeld(Session.Change change, Runnable beforeSaving) {
        Session session = change.session();
        return bookingLocks.whileHolding(calendars(List.of(session)), () -> {
            requireNoClashes(List.of(session), zoneOf(session));
            beforeSaving.run();
            return outbox.insert(session, scheduled(session, change.event().occurredAt()), change.event());
        });
    }

    private static Session newSession(SessionDetails details, CohortView cohort, Slot slot, String seriesId, Instant logOpenUntil) {
        return new Session(UUID.randomUUID().toString(), cohort.id(), details.collaborativeId(), details.coachId(),
                details.type(), details.title(), slot.start(), slot.end(), SlotRules.LONDON.getId(), details.location(),
                details.videoLink(), details.inviteeIds(), seriesId, SessionStatus.SCHEDULED, null, 0, null, null, null,
                logOpenUntil, List.of());
    }

    private CohortView checkScheduling(SessionDetails details, Viewer viewer) {
        boolean manager = viewer.is(Role.PROGRAMME_MANAGER);
        if (!manager && !(viewer.is(Role.COACH) && viewer.personId().equals(details.coachId()))) {
            throw new AccessDeniedException("only a programme manager, or the coach themselves, may schedule a coach's sessions");
        }
        // the read model may not have caught up with a collaborative, coach or team member created a
        // moment ago: look again for a few seconds before refusing what it does not know
        ScheduleReferences references = lag.await(() -> ScheduleReferences.lookUp(readModel, details),
                found -> found.complete(details));
        CollaborativeView collaborative = references.collaborative().orElseThrow(() ->
                InvalidFieldsException.of("collaborativeId", "Choose a collaborative from the list"));
        if (!manager && !collaborative.coachIds().contains(viewer.personId())) {
            throw new AccessDeniedException("a coach schedules only with collaboratives they coach");
        }
        CohortView cohort = references.cohort().orElseThrow(() ->
                InvalidFieldsException.of("collaborativeId", "The collaborative's cohort is not known here yet. Try again in a moment"));
        if (!references.coachKnown()) {
            throw InvalidFieldsException.of("coachId", "Select a coach from the list");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> invitees = details.inviteeIds();
        for (int i = 0; i < invitees.size(); i++) {
            String id = invitees.get(i);
            String field = "inviteeIds[" + i + "]";
            if (ScheduleReferences.blank(id)) {
                errors.put(field, "Select the person to invite");
            } else if (!seen.add(id)) {
                errors.put(field, "This person is already invited");
            } else if (!references.inviteesInTeam().contains(id)) {
                errors.put(field, "This person is not a current member of this collaborative's team");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return cohort;
    }

    // ---- rescheduling and cancelling

    /** Moves the session (and with {@link Scope#THIS_AND_LATER} every later one of its series by the same local-time change). */
    public List<Session> reschedule(String id, Move move, Viewer viewer) {
        Session target = changeable(id, move.version(), viewer);
        ZoneId zone = zoneOf(target);
        int minutes = move.durationMinutes() != null ? move.durationMinutes()
                : (int) Duration.between(target.startsAt(), target.endsAt()).toMinutes();
        Slot moved = SlotRules.slot(move.start(), move.startAt(), minutes, zone);
        Duration localShift = Duration.between(local(target.startsAt(), zone), SlotRules.localStart(move.start(), move.startAt(), zone));
        CohortView cohort = readModel.cohort(target.cohortId()).orElse(null);
        Instant now = clock.instant();
        List<Session.Change> changes = new ArrayList<>();
        for (Session session : affected(target, move.scope())) {
            Slot slot = session == target ? moved
                    : SlotRules.slot(local(session.startsAt(), zone).plus(localShift), minutes, zone, "start");
            if (cohort != null) {
                SlotRules.requireWithinCohort(slot, cohort.startDate(), cohort.endDate(), zone, "start");
            }
            changes.add(session.moveTo(slot.start(), slot.end(), move.location(), move.reason(), now));
        }
        List<Session> updated = changes.stream().map(Session.Change::session).toList();
        return bookingLocks.whileHolding(calendars(updated), () -> {
            requireNoClashes(updated, zone);
            return save(target, changes, SeriesChanged.RESCHEDULED, move.reason(), now);
        });
    }

    /** Cancels the session (and with {@link Scope#THIS_AND_LATER} every later one of its series). */
    public List<Session> cancel(String id, String reason, Scope scope, long version, Viewer viewer) {
        Session target = changeable(id, version, viewer);
        Instant now = clock.instant();
        // every change is decided before any is saved, so a refused one leaves the series as it was
        List<Session.Change> changes = affected(target, scope).stream().map(session -> session.cancel(reason, now)).toList();
        List<Session> cancelled = save(target, changes, SeriesChanged.CANCELLED, reason, now);
        logDrafts.discardAll(cancelled); // a cancelled session has no log, so no draft of one
        return cancelled;
    }

    /**
     * Saves each change with its event; for sessions of a series the last one also carries SeriesChanged, listing every
     * session the request changed, so people hear of one change once however many sessions it moved.
     */
    private List<Session> save(Session target, List<Session.Change> changes, String change, String reason, Instant now) {
        List<Session> saved = new ArrayList<>();
        for (Session.Change next : changes) {
            boolean last = target.seriesId() != null && saved.size() == changes.size() - 1;
            saved.add(last ? outbox.update(next.session(), next.event(), seriesChanged(target, changes, change, reason, now))
                    : outbox.update(next.session(), next.event()));
        }
        return saved;
    }

    private static SeriesChanged seriesChanged(Session target, List<Session.Change> changes, String change, String reason,
            Instant now) {
        List<SeriesChanged.Occurrence> occurrences = changes.stream().map(c -> {
            Session session = c.session();
            Instant previous = c.event() instanceof SessionRescheduled moved ? moved.previousStartsAt() : session.startsAt();
            return new SeriesChanged.Occurrence(session.id(), session.startsAt(), session.endsAt(), previous, session.location(),
                    session.sequence());
        }).toList();
        return new SeriesChanged(UUID.randomUUID(), now, target.seriesId(), target.collaborativeId(), target.coachId(),
                target.title(), target.inviteeIds(), target.timeZone(), target.videoLink(), change, reason, occurrences);
    }

    /** Marks a session whose start has passed as did not happen, with the reason (its coach or a programme manager). */
    public Session markNotHeld(String id, String reason, long version, Viewer viewer) {
        Session.Change change = changeable(id, version, viewer).markNotHeld(reason, clock.instant());
        Session notHeld = outbox.update(change.session(), change.event());
        logDrafts.discard(notHeld.id());
        return notHeld;
    }

    /**
     * Deletes a session created by mistake (programme managers only), while nothing depends on it: no log, no action
     * agreed in it, not marked as did not happen (409 saying what depends on it otherwise). Kept as a tombstone that
     * no read shows, so its SessionDeleted leaves through its outbox. {@code version}, when given, must be the
     * session's current one (409 otherwise); without it, the session as it is now is deleted.
     */
    public void delete(String id, Long version, Viewer viewer) {
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            throw new AccessDeniedException("only a programme manager deletes a session");
        }
        Session found = queries.get(id, viewer);
        Session session = changeable(id, version != null ? version : found.version() == null ? 0 : found.version(), viewer);
        Session.Change change = session.delete(actions.ofSession(session.id()).size(), clock.instant());
        outbox.update(change.session(), change.event());
        logDrafts.discard(session.id());
    }

    private Session changeable(String id, long version, Viewer viewer) {
        Session session = queries.get(id, viewer);
        if (!viewer.is(Role.PROGRAMME_MANAGER) && !(viewer.is(Role.COACH) && viewer.personId().equals(session.coachId()))) {
            throw new AccessDeniedException("only the session's coach or a programme manager may change it");
        }
        if (session.version() == null || session.version() != version) {
            throw new OptimisticLockingFailureException("session " + id + " is at another version");
        }
        return session;
    }

    /**
     * The target, then (for this-and-later) the later sessions of its series that are neither cancelled nor held
     * and logged (their history stays as it was), by start.
     */
    private List<Session> affected(Session target, Scope scope) {
        List<Session> affected = new ArrayList<>(List.of(target));
        if (scope == Scope.THIS_AND_LATER && target.seriesId() != null) {
            mongo.find(Query.query(Criteria.where("seriesId").is(target.seriesId()).and("startsAt").gt(target.startsAt())
                    .and("status").is(SessionStatus.SCHEDULED)), Session.class).stream()
                    .filter(session -> !session.delivered())
                    .sorted(Comparator.comparing(Session::startsAt)).forEach(affected::add);
        }
        return affected;
    }

    private static Set<String> calendars(List<Session> sessions) {
        Set<String> keys = new HashSet<>();
        for (Session session : sessions) {
            keys.add(BookingLocks.coach(session.coachId()));
            keys.add(BookingLocks.collaborative(session.collaborativeId()));
        }
        return keys;
    }

    private void requireNoClashes(List<Session> proposed, ZoneId zone) {
        Set<String> coaches = new HashSet<>();
        Set<String> collaboratives = new HashSet<>();
        Instant from = Instant.MAX;
        Instant to = Instant.MIN;
        for (Session session : proposed) {
            coaches.add(session.coachId());
            collaboratives.add(session.collaborativeId());
            from = session.startsAt().isBefore(from) ? session.startsAt() : from;
            to = session.endsAt().isAfter(to) ? session.endsAt() : to;
        }
        Criteria around = new Criteria().andOperator(
                Criteria.where("status").is(SessionStatus.SCHEDULED),
                new Criteria().orOperator(Criteria.where("coachId").in(coaches), Criteria.where("collaborativeId").in(collaboratives)),
                Criteria.where("startsAt").lt(to.plus(clashRules.buffer())),
                Criteria.where("endsAt").gt(from.minus(clashRules.buffer())));
        List<Booking> existing = mongo.find(Query.query(around), Session.class).stream().map(Booking::of).toList();
        List<Clash> clashes = clashRules.clashes(proposed.stream().map(Booking::of).toList(), existing);
        if (!clashes.isEmpty()) {
            throw new SessionClashException(clashes, zone);
        }
    }

    // ---- helpers

    private static SessionScheduled scheduled(Session session, Instant now) {
        return new SessionScheduled(UUID.randomUUID(), now, session.id(), session.cohortId(), session.collaborativeId(),
                session.coachId(), session.type().name(), session.title(), session.startsAt(), session.endsAt(),
                session.location(), session.inviteeIds(), session.seriesId(), session.timeZone(), session.videoLink());
    }

    /** The whole series as scheduled (key: the series id), for a consumer that tells people about the series at once. */
    private static SeriesScheduled seriesScheduled(List<Session> sessions, Instant now) {
        Session first = sessions.get(0);
        return new SeriesScheduled(UUID.randomUUID(), now, first.seriesId(), first.cohortId(), first.collaborativeId(),
                first.coachId(), first.type().name(), first.title(), first.location(), first.inviteeIds(), first.timeZone(),
                first.videoLink(), sessions.stream().map(s -> new SeriesScheduled.Occurrence(s.id(), s.startsAt(), s.endsAt()))
                        .toList());
    }

    private static ZoneId zoneOf(Session session) {
        return ZoneId.of(session.timeZone() == null ? Session.LONDON : session.timeZone());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
