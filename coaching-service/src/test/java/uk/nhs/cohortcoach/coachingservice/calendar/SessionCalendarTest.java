package uk.nhs.cohortcoach.coachingservice.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;

/** The feed written through platform/calendar says what this service's own writer said, for the same sessions. */
class SessionCalendarTest {

    private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");

    @Test
    void theFeedEqualsWhatTheOldWriterWroteForTheSameSessions() {
        List<Session> sessions = List.of(
                session("s-winter", "Team coaching: flow", at(2027, 11, 3, "Europe/London"), "Europe/London", "Board room, Derby",
                        null, SessionStatus.SCHEDULED, 0),
                session("s-summer", "Workshop", at(2027, 7, 1, "Europe/London"), "Europe/London", null, "https://meet.example/abc",
                        SessionStatus.CANCELLED, 2),
                session("s-blank", null, at(2027, 3, 28, "Europe/London"), null, "  ", "  ", SessionStatus.SCHEDULED, 1),
                session("s-tokyo", "Abroad, with \"quotes\"; and commas", at(2027, 5, 4, "Asia/Tokyo"), "Asia/Tokyo", "東京",
                        null, SessionStatus.SCHEDULED, 0),
                session("s-long", "Gweithdy arweinyddiaeth — Ysbyty Gwynedd: tîm ‘llif’ ✓ cydraddoldeb ".repeat(3),
                        at(2027, 2, 1, "Europe/London"), "Europe/London", null, null, SessionStatus.SCHEDULED, 4));

        String written = SessionCalendar.write("Coaching sessions: Ann", sessions, NOW);

        assertThat(normalised(written)).isEqualTo(normalised(OldSessionCalendar.write("Coaching sessions: Ann", sessions)));
        // Asia/Tokyo is left unpinned: ical4j 4.1.1 writes 10:00 JST on 4 May 2027 as 11:00 (it applies the
        // 1948–51 summer time to later years), in the old writer and the new alike; see platform/calendar's README
        assertThat(written).contains("DTSTAMP:20270105T090000Z\r\n", "DTSTART;TZID=Europe/London:20271103T100000\r\n",
                "DTSTART;TZID=Europe/London:20270701T100000\r\n");
    }

    /**
     * The one difference: a zone Java accepts but ical4j has no data for (the SystemV zones) made the old writer
     * throw (a NullPointerException inside ical4j, so the whole feed failed); the session is now written in
     * Europe/London, as the old writer's own comment said it would be.
     */
    @Test
    void aZoneIcal4jDoesNotKnowFallsBackToLondonWhereTheOldWriterFailed() {
        List<Session> sessions = List.of(session("s-systemv", "Unknown zone", at(2027, 10, 31, "Europe/London"), "SystemV/EST5",
                null, null, SessionStatus.SCHEDULED, 0));

        assertThatThrownBy(() -> OldSessionCalendar.write("Coaching sessions: Ann", sessions))
                .isInstanceOf(NullPointerException.class);
        assertThat(SessionCalendar.write("Coaching sessions: Ann", sessions, NOW))
                .contains("DTSTART;TZID=Europe/London:20271031T100000\r\n").doesNotContain("SystemV");
    }

    @Test
    void anEmptyFeedEqualsWhatTheOldWriterWrote() {
        assertThat(normalised(SessionCalendar.write("Coaching sessions: coach", List.of(), NOW)))
                .isEqualTo(normalised(OldSessionCalendar.write("Coaching sessions: coach", List.of())));
    }

    /**
     * The same calendar whatever the order of a VEVENT's properties and its DTSTAMP (the old writer stamped the
     * time of writing): lines unfolded, DTSTAMP left out, each VEVENT's lines sorted; everything else in order.
     */
    static List<String> normalised(String calendar) {
        List<String> out = new ArrayList<>();
        List<String> event = null;
        for (String line : calendar.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new ArrayList<>();
            } else if (line.equals("END:VEVENT")) {
                event.sort(null);
                out.add("BEGIN:VEVENT");
                out.addAll(event);
                out.add("END:VEVENT");
                event = null;
            } else if (event != null) {
                if (!line.startsWith("DTSTAMP:")) {
                    event.add(line);
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static Instant at(int year, int month, int day, String zone) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.of(zone)).toInstant();
    }

    private static Session session(String id, String title, Instant start, String zone, String location, String videoLink,
            SessionStatus status, int sequence) {
        return new Session(id, "cohort-1", "collaborative-1", "coach-1", SessionType.TEAM_COACHING, title, start,
                start.plusSeconds(5400), zone, location, videoLink, List.of(), null, status,
                status == SessionStatus.CANCELLED ? "Clash" : null, sequence, null, null);
    }
}
