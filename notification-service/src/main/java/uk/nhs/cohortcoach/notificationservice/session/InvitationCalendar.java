package uk.nhs.cohortcoach.notificationservice.session;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import uk.nhs.cohortcoach.platform.calendar.CalendarDocument;
import uk.nhs.cohortcoach.platform.calendar.CalendarEvent;
import uk.nhs.cohortcoach.platform.calendar.CalendarMethod;
import uk.nhs.cohortcoach.platform.calendar.CalendarWriter;
import uk.nhs.cohortcoach.platform.calendar.EventStatus;

/**
 * The .ics behind a personal "add to calendar" link, written by platform/calendar: METHOD REQUEST, one VEVENT per
 * session as it is now (a moved one at its new time, a cancelled one STATUS CANCELLED), each with the UID and SEQUENCE
 * of coaching-service's feeds ({@code <sessionId>@cohort-coach}, the session's sequence) so a calendar that has the
 * session from either updates one entry; local times in the session's zone (Europe/London unless ical4j knows the
 * one it was entered in) with its VTIMEZONE; ORGANIZER the coach and ATTENDEE the recipient, as {@code mailto:}
 * addresses, when their addresses are known.
 */
final class InvitationCalendar {

    static final String UID_DOMAIN = "@cohort-coach";
    static final String PRODUCT = "-//Cohort Coach//notification-service//EN";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private InvitationCalendar() {
    }

    /**
     * @param name           the calendar's name (the session's or series' title)
     * @param sessions       the sessions, in order
     * @param organizerEmail the coach's address, or null when not known
     * @param attendeeEmail  the recipient's address, or null when not known
     */
    static String write(String name, List<SessionView> sessions, String organizerEmail, String attendeeEmail, Instant now) {
        return CalendarWriter.write(new CalendarDocument(PRODUCT, CalendarMethod.REQUEST, name, LONDON,
                sessions.stream().map(session -> event(session, organizerEmail, attendeeEmail, now)).toList()));
    }

    private static CalendarEvent event(SessionView session, String organizerEmail, String attendeeEmail, Instant now) {
        String place = notBlank(session.location()) ? session.location() : session.videoLink();
        CalendarEvent.Builder event = CalendarEvent.builder(session.id() + UID_DOMAIN, session.sequence(), now,
                        session.startsAt(), title(session.title()), session.cancelled() ? EventStatus.CANCELLED : EventStatus.CONFIRMED)
                .end(session.endsAt()).zone(zoneOf(session)).location(notBlank(place) ? place : null)
                .url(notBlank(session.videoLink()) ? uri(session.videoLink()) : null)
                .organizer(mailto(organizerEmail));
        URI attendee = mailto(attendeeEmail);
        if (attendee != null) {
            event.attendee(attendee);
        }
        return event.build();
    }

    static String title(String title) {
        return title == null || title.isBlank() ? "Coaching session" : title;
    }

    /** The session's own zone when ical4j knows it, else Europe/London (as coaching-service's feeds). */
    private static ZoneId zoneOf(SessionView session) {
        String zone = session.timeZone();
        if (notBlank(zone) && CalendarWriter.knowsZone(zone)) {
            try {
                return ZoneId.of(zone);
            } catch (java.time.DateTimeException unknownToJava) {
                return LONDON;
            }
        }
        return LONDON;
    }

    private static URI mailto(String email) {
        if (!notBlank(email)) {
            return null;
        }
        try {
            return new URI("mailto", email.trim(), null);
        } catch (java.net.URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** The video link as the URL, or none when it is not a URI (it is shown in LOCATION already). */
    private static URI uri(String videoLink) {
        try {
            return URI.create(videoLink.trim());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
