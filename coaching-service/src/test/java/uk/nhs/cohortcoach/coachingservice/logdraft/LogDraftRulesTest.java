package uk.nhs.cohortcoach.coachingservice.logdraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/** Who keeps a log draft, for which sessions, and for how long. */
class LogDraftRulesTest {

    private static final Instant NOW = Instant.parse("2026-10-25T12:00:00Z");

    private static Session session(Instant start, SessionStatus status, SessionLog log) {
        return TestData.session("cohort-1", "collab-1", "coach-1", start, Duration.ofMinutes(90), List.of("m-1"), status, log);
    }

    @Test
    void onlyTheSessionsOwnCoachKeepsADraft() {
        Session session = session(NOW.minus(Duration.ofHours(2)), SessionStatus.SCHEDULED, null);

        assertThat(LogDraftRules.mayKeep(session, "coach-1", true)).isTrue();
        assertThat(LogDraftRules.mayKeep(session, "coach-2", true)).as("another coach").isFalse();
        assertThat(LogDraftRules.mayKeep(session, "coach-1", false)).as("the coach's id without the coach role").isFalse();
        assertThat(LogDraftRules.mayKeep(session, null, true)).isFalse();
    }

    @Test
    void aDraftIsKeptWhileTheLogCouldBeWrittenAndIsNotYetWritten() {
        assertThatCode(() -> LogDraftRules.requireDraftable(session(NOW.minus(Duration.ofHours(2)), SessionStatus.SCHEDULED, null), NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> LogDraftRules.requireDraftable(session(NOW.minus(Duration.ofDays(13)), SessionStatus.SCHEDULED, null), NOW))
                .as("a day before it locks").doesNotThrowAnyException();

        SessionLog log = new SessionLog(List.of(), List.of(), "Done", Set.of(), new EquityPause(false, null), NOW, NOW);
        assertThatThrownBy(() -> LogDraftRules.requireDraftable(session(NOW.minus(Duration.ofHours(2)), SessionStatus.SCHEDULED, log), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has been logged");
        assertThatThrownBy(() -> LogDraftRules.requireDraftable(session(NOW.plus(Duration.ofHours(2)), SessionStatus.SCHEDULED, null), NOW))
                .as("not started").isInstanceOf(ConflictException.class).hasMessageContaining("not started");
        assertThatThrownBy(() -> LogDraftRules.requireDraftable(session(NOW.minus(Duration.ofDays(15)), SessionStatus.SCHEDULED, null), NOW))
                .as("locked").isInstanceOf(ConflictException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> LogDraftRules.requireDraftable(session(NOW.minus(Duration.ofHours(2)), SessionStatus.CANCELLED, null), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> LogDraftRules.requireDraftable(session(NOW.minus(Duration.ofHours(2)), SessionStatus.NOT_HELD, null), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("did not happen");
    }

    @Test
    void aDraftLastsThirtyDaysFromItsLastSaveAndNotAMomentLonger() {
        Instant saved = Instant.parse("2026-03-20T09:15:00Z");
        LogDraft draft = new LogDraft("s-1", "coach-1", new LogDraft.Content(null, null, null, null, "Notes", null, null), saved,
                LogDraftRules.expiresAt(saved));

        assertThat(draft.expiresAt()).isEqualTo(Instant.parse("2026-04-19T09:15:00Z"));
        assertThat(draft.expired(draft.expiresAt().minusMillis(1))).isFalse();
        assertThat(draft.expired(draft.expiresAt())).isTrue();
    }

    @Test
    void aDraftKeepsWhatWasTypedAndNothingMissingIsNull() {
        LogDraft.Content empty = new LogDraft.Content(null, null, null, null, null, null, null);

        assertThat(empty.equityPauseHeld()).isEmpty();
        assertThat(empty.notes()).isEmpty();
        assertThat(empty.attendeeIds()).isEmpty();
        assertThat(empty.actions()).isEmpty();
    }
}
