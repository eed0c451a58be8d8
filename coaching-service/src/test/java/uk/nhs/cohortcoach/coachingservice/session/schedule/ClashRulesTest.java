package uk.nhs.cohortcoach.coachingservice.session.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClashRulesTest {

    private final ClashRules rules = new ClashRules(Duration.ofMinutes(15));

    @Test
    void aCoachIsNeverDoubleBooked() {
        Booking existing = booking("s1", "coach-a", "collab-1", "2026-05-05T10:00", 60, false);
        List<Clash> clashes = rules.clashes(List.of(booking(null, "coach-a", "collab-2", "2026-05-05T10:30", 60, false)),
                List.of(existing));
        assertThat(clashes).singleElement().satisfies(clash -> {
            assertThat(clash.sessionId()).isEqualTo("s1");
            assertThat(clash.title()).isEqualTo("Session s1");
            assertThat(clash.reason()).isEqualTo(Clash.Reason.COACH);
        });
    }

    @Test
    void keepsTheBufferBetweenACoachsSessions() {
        Booking existing = booking("s1", "coach-a", "collab-1", "2026-05-05T10:00", 60, false);
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-2", "2026-05-05T11:10", 60, false)), List.of(existing)))
                .hasSize(1);
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-2", "2026-05-05T08:50", 60, false)), List.of(existing)))
                .hasSize(1);
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-2", "2026-05-05T11:15", 60, false)), List.of(existing)))
                .isEmpty();
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-2", "2026-05-05T08:45", 60, false)), List.of(existing)))
                .isEmpty();
        assertThat(new ClashRules(Duration.ZERO).clashes(
                List.of(booking(null, "coach-a", "collab-2", "2026-05-05T11:00", 60, false)), List.of(existing))).isEmpty();
    }

    @Test
    void aCollaborativeNeverHasTwoOverlappingSessionsButDifferentCoachesMayHandOver() {
        Booking existing = booking("s1", "coach-a", "collab-1", "2026-05-05T10:00", 60, false);
        assertThat(rules.clashes(List.of(booking(null, "coach-b", "collab-1", "2026-05-05T10:59", 60, false)), List.of(existing)))
                .singleElement().extracting(Clash::reason).isEqualTo(Clash.Reason.COLLABORATIVE);
        assertThat(rules.clashes(List.of(booking(null, "coach-b", "collab-1", "2026-05-05T11:00", 60, false)), List.of(existing)))
                .isEmpty();
        assertThat(rules.clashes(List.of(booking(null, "coach-b", "collab-2", "2026-05-05T10:00", 60, false)), List.of(existing)))
                .isEmpty();
    }

    @Test
    void cancelledSessionsDoNotClash() {
        Booking cancelled = booking("s1", "coach-a", "collab-1", "2026-05-05T10:00", 60, true);
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-1", "2026-05-05T10:00", 60, false)), List.of(cancelled)))
                .isEmpty();
    }

    @Test
    void aSessionBeingMovedDoesNotClashWithItsOldSelf() {
        Booking old = booking("s1", "coach-a", "collab-1", "2026-05-05T10:00", 60, false);
        assertThat(rules.clashes(List.of(booking("s1", "coach-a", "collab-1", "2026-05-05T10:30", 60, false)), List.of(old)))
                .isEmpty();
    }

    @Test
    void proposedSessionsAreCheckedAgainstEachOtherAndEveryClashIsListed() {
        List<Booking> proposed = List.of(
                booking(null, "coach-a", "collab-1", "2026-05-05T10:00", 60, false),
                booking(null, "coach-a", "collab-1", "2026-05-05T10:30", 60, false),
                booking(null, "coach-a", "collab-1", "2026-05-12T10:00", 60, false));
        List<Booking> existing = List.of(booking("s9", "coach-a", "collab-3", "2026-05-12T09:00", 60, false));
        assertThat(rules.clashes(proposed, existing)).extracting(Clash::sessionId).containsExactly(null, "s9");
    }

    @Test
    void clashesAreFoundAcrossTheClockChanges() {
        // 10:00 BST on Saturday 24 October is 09:00Z; 09:00 GMT on Sunday is 09:00Z, a day later: no clash
        Booking saturday = booking("s1", "coach-a", "collab-1", "2026-10-24T10:00", 60, false);
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-1", "2026-10-25T09:00", 60, false)), List.of(saturday)))
                .isEmpty();
        // an evening session across the spring change: 00:30 GMT to 03:30 BST is two real hours
        Booking night = booking("s2", "coach-a", "collab-1", "2026-03-29T00:30", 120, false);
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-2", "2026-03-29T03:40", 30, false)), List.of(night)))
                .hasSize(1);
        assertThat(rules.clashes(List.of(booking(null, "coach-a", "collab-2", "2026-03-29T03:45", 30, false)), List.of(night)))
                .isEmpty();
    }

    private static Booking booking(String id, String coach, String collaborative, String localStart, int minutes, boolean cancelled) {
        Slot slot = SlotRules.slot(LocalDateTime.parse(localStart), minutes, SlotRules.LONDON, "start");
        return new Booking(id, "Session " + id, coach, collaborative, slot, cancelled);
    }
}
