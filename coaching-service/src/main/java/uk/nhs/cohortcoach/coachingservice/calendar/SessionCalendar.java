package uk.nhs.cohortcoach.coachingservice.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.platform.calendar.CalendarDocument;
import uk.nhs.cohortcoach.platform.calendar.CalendarEvent;
import uk.nhs.cohortcoach.platform.calendar.CalendarMethod;
import uk.nhs.cohortcoach.platform.calendar.CalendarWriter;
import uk.nhs.cohortcoach.platform.calendar.EventStatus;

/**
 * Sessions as an RFC 5545 calendar (METHOD PUBLISH), written by platform/calendar: a VTIMEZONE for
 * Europe/London (and any other zone a session was entered in), one VEVENT per session with a stable UID,
 * local times with TZID, the session's SEQUENCE, and STATUS CONFIRMED or CANCELLED (a cancelled session
 * stays in the feed so calendar clients remove it).
 */
final class SessionCalendar {

    static final String UID_DOMAIN = "@cohort-coach";
    static final String PRODUCT = "-//Cohort Coach//coaching-service//EN";
    private static final ZoneId LONDON = ZoneId.of(Session.LONDON);

    private SessionCalendar() {
    }

    static String write(String name, List<Session> sessions, Instant now) {
        return CalendarWriter.write(new CalendarDocument(PRODUCT, CalendarMethod.PUBLISH, name, LONDON,
                sessions.stream().map(session -> event(session, now)).toList()));
    }

    private static CalendarEvent event(Session session, Instant now) {
        String place = notBlank(session.location()) ? session.location() : session.videoLink();
        return CalendarEvent.builder(session.id() + UID_DOMAIN, session.sequence(), now, session.startsAt(),
                        session.title() == null ? "Coaching session" : session.title(),
                        session.cancelled() ? EventStatus.CANCELLED : EventStatus.CONFIRMED)
                .end(session.endsAt()).zone(zoneOf(session)).location(notBlank(place) ? place : null).build();
    }

    /** The session's own zone when ical4j knows it, else Europe/London. */
    private static ZoneId zoneOf(Session session) {
        String zone = session.timeZone();
        if (notBlank(zone) && !zone.equals(Session.LONDON) && CalendarWriter.knowsZone(zone)) {
            return ZoneId.of(zone);
        }
        return LONDON;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
