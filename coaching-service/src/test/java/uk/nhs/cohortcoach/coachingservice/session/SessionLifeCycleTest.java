package uk.nhs.cohortcoach.coachingservice.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * A session's life cycle on the aggregate alone: scheduled → moved (any number of times) → held and logged
 * (its log correctable) or cancelled. Every move from every state, allowed and forbidden.
 */
class SessionLifeCycleTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final Instant START = Instant.parse("2027-03-08T10:00:00Z");
    private static final SessionLog LOG = new SessionLog(List.of("p-1"), List.of(), "Agreed the equity focus.",
            Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(true, "Carers were not heard."), NOW, NOW);

    private final Session scheduled = TestData.session("cohort-1", "collab-1", "coach-1", START, List.of("p-1", "p-2"));
    private final Session cancelled = scheduled.cancel("Coach unwell", NOW).session();
    private final Session held = scheduled.record(LOG, NOW).session();

    /** The moves, by name. */
    private final List<Move> moves = List.of(
            new Move("move", s -> s.moveTo(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)).plusSeconds(5400),
                    "Board room", "Clash with the board", NOW)),
            new Move("cancel", s -> s.cancel("Coach unwell", NOW)),
            new Move("record a log", s -> s.record(LOG, NOW)));

    private record Move(String name, Function<Session, Session.Change> apply) {
    }

    @Test
    void aScheduledSessionCanBeMovedCancelledOrLogged() {
        for (Move move : moves) {
            assertThat(move.apply().apply(scheduled).session()).as(move.name()).isNotNull();
        }
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
    void aCancelledSessionCanNeitherBeMovedNorCancelledAgainNorLogged() {
        for (Move move : moves) {
            assertThatThrownBy(() -> move.apply().apply(cancelled)).as(move.name()).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("cancelled");
        }
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
        Session.Change correction = held.record(corrected, NOW.plusSeconds(60));
        assertThat(correction.session().log()).isEqualTo(corrected);
        assertThat(correction.session().sequence()).as("a log is not a calendar change").isEqualTo(held.sequence());
        assertThat(correction.event()).isInstanceOfSatisfying(SessionLogged.class, event -> {
            assertThat(event.attendeeIds()).containsExactly("p-2");
            assertThat(event.equityPauseHeld()).isFalse();
        });
    }
}
