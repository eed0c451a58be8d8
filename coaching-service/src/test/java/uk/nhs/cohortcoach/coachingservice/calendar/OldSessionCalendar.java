package uk.nhs.cohortcoach.coachingservice.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.nhs.cohortcoach.coachingservice.session.Session;

/** The copy this service had before platform/calendar, kept only to compare with; deleted with this test.
 *
 * Writes sessions as an RFC 5545 calendar: a VTIMEZONE for Europe/London (and any other zone a
 * session was entered in), one VEVENT per session with a stable UID, local times with TZID, the
 * session's SEQUENCE, and STATUS CONFIRMED or CANCELLED (a cancelled session stays in the feed so
 * calendar clients remove it).
 */
final class OldSessionCalendar {

    static final String UID_DOMAIN = "@cohort-coach";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private OldSessionCalendar() {
    }

    static String write(String name, List<Session> sessions) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cohort Coach//coaching-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", Session.LONDON));
        Set<String> zones = new LinkedHashSet<>();
        zones.add(Session.LONDON);
        sessions.forEach(session -> zones.add(zoneOf(session).getId()));
        for (String zone : zones) {
            calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
        }
        sessions.forEach(session -> calendar.add(event(session)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a calendar to a string", e);
        }
        return out.toString();
    }

    private static VEvent event(Session session) {
        ZoneId zone = zoneOf(session);
        ZonedDateTime start = session.startsAt().atZone(zone);
        ZonedDateTime end = session.endsAt().atZone(zone);
        VEvent event = new VEvent(start, end, session.title() == null ? "Coaching session" : session.title());
        event.add(new Uid(session.id() + UID_DOMAIN));
        event.add(new Sequence(session.sequence()));
        event.add(new Status(session.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String place = notBlank(session.location()) ? session.location() : session.videoLink();
        if (notBlank(place)) {
            event.add(new Location(place));
        }
        return event;
    }

    /** The session's own zone when ical4j knows it, else Europe/London. */
    private static ZoneId zoneOf(Session session) {
        String zone = session.timeZone();
        if (notBlank(zone) && !zone.equals(Session.LONDON) && ZONES.getTimeZone(zone) != null) {
            return ZoneId.of(zone);
        }
        return ZoneId.of(Session.LONDON);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
