package uk.nhs.cohortcoach.coachingservice.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

class SummaryArithmeticTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    @Test
    void countsSessionsHoursAttendanceThemesPausesAndActions() {
        Session delivered90 = session(Duration.ofMinutes(90), List.of("a", "b", "c", "d"), SessionStatus.SCHEDULED,
                log(List.of("a", "b", "c"), Set.of(MaturityComponent.EMBEDDING_EQUITY, MaturityComponent.PEOPLE_AND_CULTURE), true));
        Session delivered45 = session(Duration.ofMinutes(45), List.of("a", "b"), SessionStatus.SCHEDULED,
                log(List.of("a"), Set.of(MaturityComponent.EMBEDDING_EQUITY), false));
        Session plannedOnly = session(Duration.ofHours(2), List.of("a"), SessionStatus.SCHEDULED, null);
        Session cancelled = session(Duration.ofHours(2), List.of("a"), SessionStatus.CANCELLED, null);
        List<Action> actions = List.of(action(ActionStatus.OPEN, "2026-03-19"), action(ActionStatus.OPEN, "2026-03-20"),
                action(ActionStatus.DONE, "2026-03-01"), action(ActionStatus.OPEN, null));

        CoachingSummary summary = SummaryArithmetic.summarise(List.of(delivered90, delivered45, plannedOnly, cancelled), actions,
                12, TODAY);

        assertThat(summary.sessionsPlanned()).isEqualTo(3);
        assertThat(summary.sessionsDelivered()).isEqualTo(2);
        assertThat(summary.sessionsCancelled()).isEqualTo(1);
        assertThat(summary.hoursDelivered()).isEqualByComparingTo("2.25");
        assertThat(summary.hoursPlanned()).isEqualTo(12);
        assertThat(summary.attendees()).isEqualTo(4);
        assertThat(summary.invitees()).isEqualTo(6);
        assertThat(summary.attendanceRate()).isEqualByComparingTo("0.667");
        assertThat(summary.themesCovered()).hasSize(6).containsEntry(MaturityComponent.EMBEDDING_EQUITY, 2)
                .containsEntry(MaturityComponent.PEOPLE_AND_CULTURE, 1).containsEntry(MaturityComponent.LEADERSHIP_BEHAVIOURS, 0);
        assertThat(summary.equityPausesHeld()).isEqualTo(1);
        assertThat(summary.openActions()).isEqualTo(3);
        assertThat(summary.overdueActions()).isEqualTo(1);
    }

    @Test
    void aSessionThatDidNotHappenIsPlannedButNotDeliveredAndADeletedOneIsNotCountedAtAll() {
        Session delivered = session(Duration.ofMinutes(90), List.of("a", "b"), SessionStatus.SCHEDULED,
                log(List.of("a"), Set.of(), true));
        Session notHeld = session(Duration.ofHours(2), List.of("a", "b"), SessionStatus.NOT_HELD, null);
        Session deleted = session(Duration.ofHours(2), List.of("a"), SessionStatus.DELETED, null);

        CoachingSummary summary = SummaryArithmetic.summarise(List.of(delivered, notHeld, deleted), List.of(), 12, TODAY);

        assertThat(summary.sessionsPlanned()).isEqualTo(2);
        assertThat(summary.sessionsDelivered()).isEqualTo(1);
        assertThat(summary.sessionsNotHeld()).isEqualTo(1);
        assertThat(summary.sessionsCancelled()).isZero();
        assertThat(summary.hoursDelivered()).isEqualByComparingTo("1.50");
        assertThat(summary.invitees()).as("over delivered sessions only").isEqualTo(2);
        assertThat(summary.attendanceRate()).isEqualByComparingTo("0.500");
    }

    @Test
    void nothingDeliveredGivesZeroHoursAndNoAttendanceRate() {
        CoachingSummary summary = SummaryArithmetic.summarise(List.of(), List.of(), 0, TODAY);
        assertThat(summary.sessionsPlanned()).isZero();
        assertThat(summary.hoursDelivered()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(summary.attendanceRate()).isNull();
        assertThat(summary.themesCovered().values()).containsOnly(0);
    }

    @Test
    void aLogIsOverdueOnceItLockedUnwrittenAndPausesAreListedLatestFirst() {
        Instant now = T.plus(Duration.ofDays(20));
        Session lockedUnlogged = TestData.session("cohort", "collab", "coach", T, Duration.ofHours(1), List.of("a"), SessionStatus.SCHEDULED, null);
        Session stillOpen = TestData.session("cohort", "collab", "coach", now.minus(Duration.ofDays(13)), Duration.ofHours(1), List.of("a"),
                SessionStatus.SCHEDULED, null);
        Session notHeld = TestData.session("cohort", "collab", "coach", T, Duration.ofHours(1), List.of("a"), SessionStatus.NOT_HELD, null);
        Session cancelled = TestData.session("cohort", "collab", "coach", T, Duration.ofHours(1), List.of("a"), SessionStatus.CANCELLED, null);
        Session olderWithPause = TestData.session("cohort", "collab", "coach", T.minus(Duration.ofDays(5)), Duration.ofHours(1), List.of("a"),
                SessionStatus.SCHEDULED, log(List.of("a"), Set.of(), true));
        Session laterWithout = TestData.session("cohort", "collab", "coach", T.plus(Duration.ofDays(1)), Duration.ofHours(1), List.of("a"),
                SessionStatus.SCHEDULED, log(List.of("a"), Set.of(), false));
        List<Session> all = List.of(lockedUnlogged, stillOpen, notHeld, cancelled, olderWithPause, laterWithout);

        assertThat(SummaryArithmetic.overdueLogs(all, now)).containsExactly(
                new OverdueLog(lockedUnlogged.id(), "Team coaching", T, T.plus(Duration.ofDays(14))));
        assertThat(SummaryArithmetic.overdueLogs(all, T.plus(Duration.ofDays(14)).minusSeconds(1))).isEmpty();
        assertThat(SummaryArithmetic.recentPauses(all)).containsExactly(false, true);
    }

    private static Session session(Duration length, List<String> invitees, SessionStatus status, SessionLog log) {
        return TestData.session("cohort", "collab", "coach", T, length, invitees, status, log);
    }

    private static SessionLog log(List<String> attendees, Set<MaturityComponent> themes, boolean pause) {
        return new SessionLog(attendees, List.of(), "notes", themes, new EquityPause(pause, pause ? "who is missing" : null), T, T);
    }

    private static Action action(ActionStatus status, String due) {
        return new Action("a-" + Math.random(), "s", "cohort", "collab", "Do it", "a", null, null,
                due == null ? null : LocalDate.parse(due), status, status == ActionStatus.DONE ? TODAY : null, 0L);
    }
}
