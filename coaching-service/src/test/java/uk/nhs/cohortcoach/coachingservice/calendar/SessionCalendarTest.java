package uk.nhs.cohortcoach.coachingservice.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;

/**
 * The feed's exact text, VTIMEZONE definitions aside (ical4j's zone data: only their TZIDs are checked). Pinned
 * from the output of platform/calendar after it was compared with this service's own writer, which it replaced:
 * equal but for the order of each VEVENT's properties and DTSTAMP (the old writer stamped the time of writing).
 */
class SessionCalendarTest {

    private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");

    @Test
    void sessionsInSummerWinterAndOnTheClockChangeAreWrittenInLondonTime() {
        List<Session> sessions = List.of(
                session("s-winter", "Team coaching: flow", at(2027, 11, 3, "Europe/London"), "Europe/London", "Board room, Derby",
                        null, SessionStatus.SCHEDULED, 0),
                session("s-summer", "Workshop", at(2027, 7, 1, "Europe/London"), "Europe/London", null, "https://meet.example/abc",
                        SessionStatus.CANCELLED, 2),
                session("s-blank", null, at(2027, 3, 28, "Europe/London"), null, "  ", "  ", SessionStatus.SCHEDULED, 1));

        String written = SessionCalendar.write("Coaching sessions: Ann", sessions, NOW);

        assertThat(zones(written)).containsExactly("Europe/London");
        assertThat(withoutZones(written)).isEqualTo(crlf("BEGIN:VCALENDAR", "PRODID:-//Cohort Coach//coaching-service//EN",
                "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Coaching sessions: Ann",
                "X-WR-TIMEZONE:Europe/London",
                "BEGIN:VEVENT", "UID:s-winter@cohort-coach", "DTSTAMP:20270105T090000Z",
                "DTSTART;TZID=Europe/London:20271103T100000", "DTEND;TZID=Europe/London:20271103T113000", "SEQUENCE:0",
                "SUMMARY:Team coaching: flow", "STATUS:CONFIRMED", "LOCATION:Board room\\, Derby", "END:VEVENT",
                "BEGIN:VEVENT", "UID:s-summer@cohort-coach", "DTSTAMP:20270105T090000Z",
                "DTSTART;TZID=Europe/London:20270701T100000", "DTEND;TZID=Europe/London:20270701T113000", "SEQUENCE:2",
                "SUMMARY:Workshop", "STATUS:CANCELLED", "LOCATION:https://meet.example/abc", "END:VEVENT",
                "BEGIN:VEVENT", "UID:s-blank@cohort-coach", "DTSTAMP:20270105T090000Z",
                "DTSTART;TZID=Europe/London:20270328T100000", "DTEND;TZID=Europe/London:20270328T113000", "SEQUENCE:1",
                "SUMMARY:Coaching session", "STATUS:CONFIRMED", "END:VEVENT",
                "END:VCALENDAR"));
    }

    @Test
    void aSessionEnteredInAnotherZoneBringsItsOwnZone() {
        String written = SessionCalendar.write("Coaching sessions: Ann", List.of(session("s-tokyo", "Abroad",
                at(2027, 11, 4, "Asia/Tokyo"), "Asia/Tokyo", "東京", null, SessionStatus.SCHEDULED, 0)), NOW);

        assertThat(zones(written)).containsExactly("Europe/London", "Asia/Tokyo");
        assertThat(written).contains("DTSTART;TZID=Asia/Tokyo:20271104T100000\r\n", "LOCATION:東京\r\n");
    }

    /**
     * A zone Java accepts but ical4j has no data for (the SystemV zones) made the old writer throw (a
     * NullPointerException inside ical4j, so the whole feed failed); the session is now written in Europe/London,
     * as the old writer's own comment said it would be.
     */
    @Test
    void aZoneIcal4jDoesNotKnowFallsBackToLondon() {
        String written = SessionCalendar.write("Coaching sessions: Ann", List.of(session("s-systemv", "Unknown zone",
                at(2027, 10, 31, "Europe/London"), "SystemV/EST5", null, null, SessionStatus.SCHEDULED, 0)), NOW);

        assertThat(zones(written)).containsExactly("Europe/London");
        assertThat(written).contains("DTSTART;TZID=Europe/London:20271031T100000\r\n").doesNotContain("SystemV");
    }

    @Test
    void anEmptyFeedHasTheZoneAndNoEvents() {
        String written = SessionCalendar.write("Coaching sessions: coach", List.of(), NOW);

        assertThat(zones(written)).containsExactly("Europe/London");
        assertThat(withoutZones(written)).isEqualTo(crlf("BEGIN:VCALENDAR", "PRODID:-//Cohort Coach//coaching-service//EN",
                "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Coaching sessions: coach",
                "X-WR-TIMEZONE:Europe/London", "END:VCALENDAR"));
    }

    private static List<String> zones(String calendar) {
        List<String> zones = new ArrayList<>();
        for (String line : calendar.split("\r\n")) {
            if (line.startsWith("TZID:")) {
                zones.add(line.substring("TZID:".length()));
            }
        }
        return zones;
    }

    private static String withoutZones(String calendar) {
        return calendar.replaceAll("(?s)BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", "");
    }

    private static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static Instant at(int year, int month, int day, String zone) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.of(zone)).toInstant();
    }

    private static Session session(String id, String title, Instant start, String zone, String location, String videoLink,
            SessionStatus status, int sequence) {
        return new Session(id, "cohort-1", "collaborative-1", "coach-1", SessionType.TEAM_COACHING, title, start,
                start.plusSeconds(5400), zone, location, videoLink, List.of(), null, status,
                status == SessionStatus.CANCELLED ? "Clash" : null, sequence, null, null, null, null, List.of());
    }
}
