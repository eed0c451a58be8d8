package uk.nhs.cohortcoach.notificationservice.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The {@code calendar} field's exact text. Pinned from the output of this service's own writer before
 * platform/calendar replaced it (compared byte for byte then, for every case here).
 */
class SessionInviteTest {

    private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");
    private static final Instant START = Instant.parse("2027-07-01T09:00:00Z");
    private static final Instant END = Instant.parse("2027-07-01T10:30:00Z");

    @Test
    void anInvitationInARoom() {
        assertThat(SessionInvite.request("s-1", 2, "Team coaching: flow", START, END, "Board room, Derby", null, NOW))
                .isEqualTo(request("SUMMARY:Team coaching: flow", "LOCATION:Board room\\, Derby"));
    }

    @Test
    void anInvitationOnlineShowsTheLinkAsPlaceAndUrl() {
        assertThat(SessionInvite.request("s-1", 2, null, START, END, null, "https://meet.example/abc", NOW))
                .isEqualTo(request("SUMMARY:Coaching session", "LOCATION:https://meet.example/abc", "URL:https://meet.example/abc"));
        assertThat(SessionInvite.request("s-1", 2, " ", START, END, "Room 4", " https://meet.example/x ", NOW))
                .isEqualTo(request("SUMMARY:Coaching session", "LOCATION:Room 4", "URL:https://meet.example/x"));
    }

    @Test
    void aLinkThatIsNotAUriIsOnlyThePlace() {
        assertThat(SessionInvite.request("s-1", 2, "Board; \"equity\", pause\\review", START, END, "  ", "not a uri ^", NOW))
                .isEqualTo(request("SUMMARY:Board\\; \"equity\"\\, pause\\\\review", "LOCATION:not a uri ^"));
    }

    @Test
    void anInvitationWithNoPlace() {
        assertThat(SessionInvite.request("s-1", 2, "Team coaching: flow", START, END, null, null, NOW))
                .isEqualTo(request("SUMMARY:Team coaching: flow"));
    }

    @Test
    void aCancellationHasNoEnd() {
        assertThat(SessionInvite.cancel("s-1", 3, null, START, NOW)).isEqualTo(crlf("BEGIN:VCALENDAR",
                "PRODID:-//Cohort Coach//notification-service//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:CANCEL",
                "BEGIN:VEVENT", "UID:s-1@cohort-coach", "DTSTAMP:20270105T090000Z", "DTSTART:20270701T090000Z", "SEQUENCE:3",
                "SUMMARY:Coaching session", "STATUS:CANCELLED", "END:VEVENT", "END:VCALENDAR"));
    }

    private static String request(String summary, String... place) {
        String head = crlf("BEGIN:VCALENDAR", "PRODID:-//Cohort Coach//notification-service//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:s-1@cohort-coach", "DTSTAMP:20270105T090000Z",
                "DTSTART:20270701T090000Z", "DTEND:20270701T103000Z", "SEQUENCE:2", summary, "STATUS:CONFIRMED");
        return head + (place.length == 0 ? "" : crlf(place)) + crlf("END:VEVENT", "END:VCALENDAR");
    }

    private static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
