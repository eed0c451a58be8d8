package uk.nhs.cohortcoach.notificationservice.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The invitation text written through platform/calendar is, byte for byte, what this service's own writer wrote. */
class SessionInviteTest {

    private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");
    private static final Instant START = Instant.parse("2027-07-01T09:00:00Z");
    private static final Instant END = Instant.parse("2027-07-01T10:30:00Z");

    @Test
    void aRequestIsWhatTheOldWriterWrote() {
        String[][] places = {{"Board room, Derby", null}, {null, "https://meet.example/abc"}, {"Room 4", " https://meet.example/x "},
                {"  ", "not a uri ^"}, {null, null}, {"Ystafell ‘llif’ — Ysbyty Gwynedd, cydraddoldeb ✓ ".repeat(3), null}};
        for (String[] place : places) {
            for (String title : new String[] {"Team coaching: flow", null, " ", "Board; \"equity\", pause\\review"}) {
                assertThat(SessionInvite.request("s-1", 2, title, START, END, place[0], place[1], NOW))
                        .as("%s at %s / %s", title, place[0], place[1])
                        .isEqualTo(OldSessionInvite.request("s-1", 2, title, START, END, place[0], place[1], NOW));
            }
        }
    }

    @Test
    void aCancellationIsWhatTheOldWriterWrote() {
        for (String title : new String[] {"Team coaching: flow", null, ""}) {
            assertThat(SessionInvite.cancel("s-1", 3, title, START, NOW)).isEqualTo(OldSessionInvite.cancel("s-1", 3, title, START, NOW));
        }
    }
}
