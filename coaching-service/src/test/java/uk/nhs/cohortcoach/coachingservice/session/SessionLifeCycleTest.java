package uk.nhs.cohortcoach.coachingservice.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * A session's life cycle on the aggregate alone: scheduled → moved (any number of times) → held and logged (its log
 * correctable, reopenable) / did not happen / cancelled; a scheduled or cancelled session on which nothing depends
 * may be deleted. Every move from every state, allowed and forbidden, with the reason code a refusal gives.
 */
class SessionLifeCycleTest {

    private static final Instant START = Instant.parse("2027-03-08T10:00:00Z");
    /** After the start: every move is possible in time, so only the state decides. */
    private static final Instant NOW = START.plus(Duration.ofHours(3));
    private static final LogEntry.Author COACH = new LogEntry.Author("coach-1", Role.COACH);
    private static final LogEntry.Author MANAGER = new LogEntry.Author("manager-1", Role.PROGRAMME_MANAGER);
    private static final SessionLog LOG = new SessionLog(List.of("p-1"), List.of(), "Agreed the equity focus.",
            Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(true, "Carers were not heard."), NOW, NOW);

    private final Session scheduled = TestData.session("cohort-1", "collab-1", "coach-1", START, List.of("p-1", "p-2"));
    private final Session cancelled = scheduled.cancel("Coach unwell", NOW).session();
    private final Session held = scheduled.record(LOG, COACH, 0, NOW).session();
    private final Session notHeld = scheduled.markNotHeld("Nobody from the trust could come", NOW).session();
    private final Session deleted = scheduled.delete(0, NOW).session();

    /** The moves, by name. */
    private final List<Move> moves = List.of(
            new Move("move", s -> s.moveTo(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)).plusSeconds(5400),
                    "Board room", "Clash with the board", NOW).session()),
            new Move("cancel", s -> s.cancel("Coach unwell", NOW).session()),
            new Move("record a log", s -> s.record(LOG, COACH, 0, NOW).session()),
            new Move("mark as did not happen", s -> s.markNotHeld("Room flooded", NOW).session()),
            new Move("reopen the log", s -> s.reopenLog("Attendance was wrong", NOW.plus(Duration.ofDays(7)), MANAGER, NOW)),
            new Move("delete", s -> s.delete(0, NOW).session()));

    private record Move(String name, Function<Session, Session> apply) {
    }

    /** For each state, each move: null when allowed, else the reason code of its refusal. */
    private Map<String, String> expected(Session state) {
        Map<String, String> outcome = new LinkedHashMap<>();
        if (state == scheduled) {
            moves.forEach(m -> outcome.put(m.name(), null));
        } else if (state == cancelled) {
            moves.forEach(m -> outcome.put(m.name(), "session-cancelled"));
            outcome.put("delete", null);
        } else if (state == held) {
            moves.forEach(m -> outcome.put(m.name(), "session-held"));
            outcome.put("record a log", null);
            outcome.put("reopen the log", null);
        } else if (state == notHeld) {
            moves.forEach(m -> outcome.put(m.name(), "session-not-held"));
        } else {
            moves.forEach(m -> outcome.put(m.name(), "session-deleted"));
        }
        return outcome;
    }

    @Test
    void everyMoveFromEveryStateIsAllowedOrRefusedWithItsReason() {
        Map<String, Session> states = new LinkedHashMap<>();
        states.put("scheduled", scheduled);
        states.put("cancelled", cancelled);
        states.put("held and logged", held);
        states.put("did not happen", notHeld);
        states.put("deleted", deleted);
        states.forEach((stateName, state) -> {
            Map<String, String> expected = expected(state);
            for (Move move : moves) {
                String reason = expected.get(move.name());
                String what = stateName + " → " + move.name();
                if (reason == null) {
                    assertThat(move.apply().apply(state)).as(what).isNotNull();
                } else {
                    assertThatThrownBy(() -> move.apply().apply(state)).as(what).isInstanceOfSatisfying(ConflictException.class,
                            refusal -> assertThat(refusal.reason()).as(what).isEqualTo(reason));
                }
            }
        });
    }

    @Test
    void movingRaisesTheCalendarSequenceAndSaysWhereItWasAndWhereItIs() {
        Session.Change change = scheduled.moveTo(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)).plusSeconds(3600),
                null, "Clash with the board", NOW);

        assertThat(change.session().sequence()).isEqualTo(scheduled.sequence() + 1);
        assertThat(change.session().location()).as("kept when none is given").isEqualTo(scheduled.location());
        assertThat(change.event()).isInstanceOfSatisfying(SessionRescheduled.class, event -> {
            assertThat(event.previousStartsAt()).isEqualTo(START);
            assertThat(event.startsAt()).isEqualTo(START.plus(Duration.ofDays(1)));
            assertThat(event.sequence()).isEqualTo(change.session().sequence());
            assertThat(event.reason()).isEqualTo("Clash with the board");
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void cancellingKeepsTheSessionWithItsReasonAndRaisesTheSequence() {
        Session.Change change = scheduled.cancel("Coach unwell", NOW);

        assertThat(change.session().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(change.session().cancelReason()).isEqualTo("Coach unwell");
        assertThat(change.session().sequence()).isEqualTo(scheduled.sequence() + 1);
        assertThat(change.event()).isInstanceOfSatisfying(SessionCancelled.class,
                event -> assertThat(event.sequence()).isEqualTo(change.session().sequence()));
    }

    @Test
    void aSessionThatTookPlaceAndWasLoggedCanBeNeitherMovedNorCancelledButItsLogCorrected() {
        assertThat(held.delivered()).isTrue();
        assertThatThrownBy(() -> held.moveTo(START.plusSeconds(3600), START.plusSeconds(7200), null, "late", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("took place").hasMessageContaining("moved");
        assertThatThrownBy(() -> held.cancel("by mistake", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("took place").hasMessageContaining("cancelled");

        SessionLog corrected = new SessionLog(List.of("p-2"), List.of(), "Corrected attendance.", Set.of(),
                new EquityPause(false, null), NOW, NOW.plusSeconds(60));
        Session.Change correction = held.record(corrected, COACH, 0, NOW.plusSeconds(60));
        assertThat(correction.session().log()).isEqualTo(corrected);
        assertThat(correction.session().sequence()).as("a log is not a calendar change").isEqualTo(held.sequence());
        assertThat(correction.event()).isInstanceOfSatisfying(SessionLogged.class, event -> {
            assertThat(event.attendeeIds()).containsExactly("p-2");
            assertThat(event.equityPauseHeld()).isFalse();
        });
    }

    @Test
    void everyWriteOfTheLogAndEveryReopeningIsOnItsAuditTrailWithWhoWhenAndWhichFields() {
        SessionLog corrected = new SessionLog(List.of("p-1"), List.of("Guest Speaker"), "Agreed the equity focus.",
                Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(false, null), NOW, NOW.plusSeconds(60));
        Instant until = NOW.plus(Duration.ofDays(20));
        Session reopened = held.reopenLog("Attendance was wrong", until, MANAGER, NOW.plusSeconds(30));
        Session correctedSession = reopened.record(corrected, COACH, 2, NOW.plusSeconds(60)).session();

        assertThat(correctedSession.logOpenUntil()).isEqualTo(until);
        assertThat(correctedSession.logHistory()).containsExactly(
                new LogEntry(NOW, "coach-1", Role.COACH, LogEntry.Kind.WRITTEN,
                        List.of("attendeeIds", "notes", "themes", "equityPause"), null, null),
                new LogEntry(NOW.plusSeconds(30), "manager-1", Role.PROGRAMME_MANAGER, LogEntry.Kind.REOPENED, List.of(),
                        "Attendance was wrong", until),
                new LogEntry(NOW.plusSeconds(60), "coach-1", Role.COACH, LogEntry.Kind.CORRECTED,
                        List.of("guests", "equityPause", "actions"), null, null));
    }

    @Test
    void aSessionThatDidNotHappenKeepsItsReasonAndCalendarAndSaysSo() {
        Session.Change change = scheduled.markNotHeld("Nobody from the trust could come", NOW);

        assertThat(change.session().status()).isEqualTo(SessionStatus.NOT_HELD);
        assertThat(change.session().notHeldReason()).isEqualTo("Nobody from the trust could come");
        assertThat(change.session().sequence()).as("not a calendar change").isEqualTo(scheduled.sequence());
        assertThat(change.event()).isInstanceOfSatisfying(SessionNotHeld.class, event -> {
            assertThat(event.sessionId()).isEqualTo(scheduled.id());
            assertThat(event.reason()).isEqualTo("Nobody from the trust could come");
            assertThat(event.startsAt()).isEqualTo(START);
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aSessionCanBeMarkedAsDidNotHappenOnlyOnceItHasStarted() {
        assertThatThrownBy(() -> scheduled.markNotHeld("Snow", START.minusSeconds(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("session-not-started"))
                .hasMessageContaining("Cancel it");
        assertThat(scheduled.markNotHeld("Snow", START).session().notHeld()).isTrue();
    }

    @Test
    void deletingSaysWhetherTheSessionWasCancelledAlreadyAndRaisesTheSequence() {
        Session.Change fromScheduled = scheduled.delete(0, NOW);
        Session.Change fromCancelled = cancelled.delete(0, NOW);

        assertThat(fromScheduled.session().deleted()).isTrue();
        assertThat(fromScheduled.event()).isInstanceOfSatisfying(SessionDeleted.class, event -> {
            assertThat(event.alreadyCancelled()).isFalse();
            assertThat(event.sequence()).isEqualTo(scheduled.sequence() + 1);
            assertThat(event.inviteeIds()).containsExactly("p-1", "p-2");
        });
        assertThat(fromCancelled.event()).isInstanceOfSatisfying(SessionDeleted.class,
                event -> assertThat(event.alreadyCancelled()).isTrue());
    }

    @Test
    void aSessionWithActionsAgreedInItCannotBeDeletedAndTheRefusalSaysHowMany() {
        assertThatThrownBy(() -> scheduled.delete(2, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("session-has-actions"))
                .hasMessageContaining("2 actions were agreed in it");
        assertThatThrownBy(() -> held.delete(0, NOW)).hasMessageContaining("logged");
        assertThatThrownBy(() -> notHeld.delete(0, NOW)).hasMessageContaining("did not happen");
    }
}
