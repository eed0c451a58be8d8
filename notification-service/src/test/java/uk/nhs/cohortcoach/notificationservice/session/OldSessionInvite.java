package uk.nhs.cohortcoach.notificationservice.session;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The copy this service had before platform/calendar, kept only to compare with; deleted with this test.
 *
 * The iCalendar (RFC 5545/5546) text of one session, for the {@code calendar} personalisation field:
 * METHOD REQUEST for an invitation or a change, CANCEL for a cancellation; UID {@code <sessionId>@cohort-coach}
 * (the same UID coaching-service's feeds use, so a client updates one entry), the session's SEQUENCE,
 * and times in UTC (no VTIMEZONE needed).
 */
final class OldSessionInvite {

    static final String UID_DOMAIN = "@cohort-coach";

    private OldSessionInvite() {
    }

    static String request(String sessionId, int sequence, String title, Instant startsAt, Instant endsAt, String location,
            String videoLink, Instant now) {
        VEvent event = event(sessionId, sequence, title, startsAt, endsAt, now, Status.VALUE_CONFIRMED);
        String place = notBlank(location) ? location : videoLink;
        if (notBlank(place)) {
            event.add(new Location(place));
        }
        if (notBlank(videoLink)) {
            try {
                event.add(new Url(java.net.URI.create(videoLink.trim())));
            } catch (IllegalArgumentException notAUri) {
                // shown in LOCATION already
            }
        }
        return write(ImmutableMethod.REQUEST, event);
    }

    static String cancel(String sessionId, int sequence, String title, Instant startsAt, Instant now) {
        return write(ImmutableMethod.CANCEL, event(sessionId, sequence, title, startsAt, null, now, Status.VALUE_CANCELLED));
    }

    private static VEvent event(String sessionId, int sequence, String title, Instant startsAt, Instant endsAt, Instant now,
            String status) {
        VEvent event = new VEvent(false);
        event.add(new Uid(sessionId + UID_DOMAIN));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(startsAt));
        if (endsAt != null) {
            event.add(new DtEnd<>(endsAt));
        }
        event.add(new Sequence(sequence));
        event.add(new Summary(notBlank(title) ? title : "Coaching session"));
        event.add(new Status(status));
        return event;
    }

    private static String write(net.fortuna.ical4j.model.property.Method method, VEvent event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cohort Coach//notification-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a calendar to a string", e);
        }
        return out.toString();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
