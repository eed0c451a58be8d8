package uk.nhs.cohortcoach.coachingservice.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.session.LogEntry;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

class LogRulesTest {

    private static final Instant START = Instant.parse("2026-03-29T09:30:00Z");
    private final Session session = TestData.session("c", "k", "coach", START, List.of("p1", "p2", "p3"));

    @Test
    void aSessionHasStartedFromItsStartInstant() {
        assertThat(LogRules.started(session, START.minusSeconds(1))).isFalse();
        assertThat(LogRules.started(session, START)).isTrue();
        assertThatThrownBy(() -> LogRules.requireWritable(session, START.minusSeconds(60)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not started");
    }

    @Test
    void theLogIsWritableFor14DaysAfterTheStartThenLocked() {
        Instant lastMoment = START.plus(Duration.ofDays(14)).minusMillis(1);
        assertThat(LogRules.editableUntil(session)).isEqualTo(Instant.parse("2026-04-12T09:30:00Z"));
        assertThatCode(() -> LogRules.requireWritable(session, START)).doesNotThrowAnyException();
        assertThatCode(() -> LogRules.requireWritable(session, lastMoment)).doesNotThrowAnyException();
        assertThat(LogRules.locked(session, lastMoment)).isFalse();
        assertThat(LogRules.locked(session, START.plus(Duration.ofDays(14)))).isTrue();
        assertThatThrownBy(() -> LogRules.requireWritable(session, START.plus(Duration.ofDays(15))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("locked");
    }

    @Test
    void aReopenedLogIsWritableUntilTheEndOfItsReopeningThenLockedAgain() {
        Instant until = START.plus(Duration.ofDays(30));
        Session reopened = session.reopenLog("Attendance was wrong", until,
                new LogEntry.Author("m", Role.PROGRAMME_MANAGER),
                START.plus(Duration.ofDays(23)));

        assertThat(LogRules.editableUntil(reopened)).isEqualTo(until);
        assertThatCode(() -> LogRules.requireWritable(reopened, until.minusMillis(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LogRules.requireWritable(reopened, until))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("log-locked"))
                .hasMessageContaining("A programme manager can reopen it");
    }

    @Test
    void anOpeningEarlierThanTheUsualLockDoesNotShortenIt() {
        Session opened = session.reopenLog("r", START.plus(Duration.ofDays(3)),
                new LogEntry.Author("m", Role.PROGRAMME_MANAGER),
                START);
        assertThat(LogRules.editableUntil(opened)).isEqualTo(START.plus(Duration.ofDays(14)));
    }

    @Test
    void onlyALockedLogCanBeReopened() {
        assertThatThrownBy(() -> LogRules.requireReopenable(session, START.minusSeconds(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("log-not-locked"))
                .hasMessageContaining("not started");
        assertThatThrownBy(() -> LogRules.requireReopenable(session, START.plus(Duration.ofDays(13))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("log-not-locked"))
                .hasMessageContaining("can still write or correct it until 2026-04-12T09:30:00Z");
        assertThatCode(() -> LogRules.requireReopenable(session, START.plus(Duration.ofDays(14)))).doesNotThrowAnyException();
    }

    @Test
    void aSessionThatDidNotHappenHasNoLog() {
        Session notHeld = session.markNotHeld("Nobody came", START.plusSeconds(60)).session();
        assertThatThrownBy(() -> LogRules.requireWritable(notHeld, START.plusSeconds(120)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("did not happen");
    }

    @Test
    void aCancelledSessionHasNoLog() {
        Session cancelled = TestData.session("c", "k", "coach", START, Duration.ofHours(1), List.of("p1"),
                SessionStatus.CANCELLED, null);
        assertThatThrownBy(() -> LogRules.requireWritable(cancelled, START.plusSeconds(60)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
    }

    @Test
    void attendeesMustBeInviteesListedOnce() {
        assertThat(LogRules.attendeeProblems(List.of("p1", "p3"), session.inviteeIds())).isEmpty();
        assertThat(LogRules.attendeeProblems(List.of(), session.inviteeIds())).isEmpty();
        assertThat(LogRules.attendeeProblems(List.of("p1", "stranger", "p1"), session.inviteeIds()))
                .containsOnlyKeys("attendeeIds[1]", "attendeeIds[2]")
                .containsEntry("attendeeIds[1]", "This person was not invited to the session. Add people who were not invited as guests")
                .containsEntry("attendeeIds[2]", "This attendee is already listed");
    }

    @Test
    void aHeldEquityPauseSaysWhatItSurfacedAndOneNotHeldSurfacesNothing() {
        assertThat(LogRules.equityPauseProblems(true, "Carers were not in the room")).isEmpty();
        assertThat(LogRules.equityPauseProblems(false, null)).isEmpty();
        assertThat(LogRules.equityPauseProblems(false, " ")).isEmpty();
        assertThat(LogRules.equityPauseProblems(true, null)).containsOnlyKeys("equityPause.surfaced");
        assertThat(LogRules.equityPauseProblems(true, "  ")).containsOnlyKeys("equityPause.surfaced");
        assertThat(LogRules.equityPauseProblems(false, "something")).containsOnlyKeys("equityPause.surfaced");
    }

    @Test
    void anActionIsOwnedBySomeoneWhoMayOwnItOrANamedPersonNotBothOrNeither() {
        List<String> possibleOwners = List.of("p1", "p2", "p3", "coach");
        assertThat(LogRules.ownerProblems(0, "p2", null, possibleOwners)).isEmpty();
        assertThat(LogRules.ownerProblems(0, "coach", null, possibleOwners)).isEmpty();
        assertThat(LogRules.ownerProblems(0, null, "Dr A Guest", possibleOwners)).isEmpty();
        assertThat(LogRules.ownerProblems(2, "stranger", null, possibleOwners)).containsOnlyKeys("actions[2].ownerId");
        assertThat(LogRules.ownerProblems(2, "stranger", null, possibleOwners).get("actions[2].ownerId"))
                .isEqualTo("The owner must be in this collaborative's team or be the session's coach. Enter the name of anyone else");
        assertThat(LogRules.ownerProblems(1, null, null, possibleOwners)).containsOnlyKeys("actions[1].ownerId");
        assertThat(LogRules.ownerProblems(1, "p1", "Someone", possibleOwners)).containsOnlyKeys("actions[1].ownerName");
    }

    @Test
    void checkThrowsOnlyWhenThereAreProblems() {
        assertThatCode(() -> LogRules.check(java.util.Map.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> LogRules.check(java.util.Map.of("notes", "bad"))).isInstanceOf(InvalidFieldsException.class);
    }
}
