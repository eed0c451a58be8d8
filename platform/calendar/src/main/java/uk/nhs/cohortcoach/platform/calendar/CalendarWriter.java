package uk.nhs.cohortcoach.platform.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a {@link CalendarDocument} as RFC 5545 text with ical4j: PRODID, VERSION 2.0, CALSCALE GREGORIAN,
 * METHOD, then X-WR-CALNAME and X-WR-TIMEZONE when given; a VTIMEZONE for the calendar's zone and each
 * other zone an event is written in; then each VEVENT with UID, DTSTAMP, DTSTART, DTEND, SEQUENCE, SUMMARY,
 * STATUS, DESCRIPTION, LOCATION, URL, ORGANIZER and ATTENDEEs, in that order, leaving out those not given.
 * Lines end in CRLF and are folded at 75 octets of UTF-8, never inside a character ({@link LineFolding}).
 */
public final class CalendarWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarWriter() {
    }

    /** Whether a VTIMEZONE can be written for this zone id (ical4j's zone data knows it). */
    public static boolean knowsZone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return false;
        }
        try {
            return ZONES.getTimeZone(zoneId) != null;
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    /** The RFC 5545 text of the document; an event zone ical4j does not know is refused. */
    public static String write(CalendarDocument document) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(document.productId()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method(document.method()));
        if (document.name() != null) {
            calendar.add(new XProperty("X-WR-CALNAME", document.name()));
        }
        Set<ZoneId> zones = new LinkedHashSet<>();
        if (document.timeZone() != null) {
            calendar.add(new XProperty("X-WR-TIMEZONE", document.timeZone().getId()));
            zones.add(document.timeZone());
        }
        document.events().forEach(event -> {
            if (event.zone() != null) {
                zones.add(event.zone());
            }
        });
        for (ZoneId zone : zones) {
            if (!knowsZone(zone.getId())) {
                throw new IllegalArgumentException("no iCalendar zone data for " + zone.getId());
            }
            calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        }
        document.events().forEach(event -> calendar.add(event(event)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a calendar to a string", e);
        }
        // ical4j folds at 75 UTF-16 units, which can split a character and make lines of up to 300 octets:
        // its folds are undone and the text folded again at 75 octets, between characters
        return LineFolding.fold(LineFolding.unfold(out.toString()));
    }

    private static VEvent event(CalendarEvent values) {
        VEvent event = new VEvent(false);
        event.add(new Uid(values.uid()));
        event.add(new DtStamp(values.stamp()));
        if (values.zone() == null) {
            event.add(new DtStart<>(values.start()));
            if (values.end() != null) {
                event.add(new DtEnd<>(values.end()));
            }
        } else if (secondOfRepeatedHour(values.start(), values.zone())
                || values.end() != null && secondOfRepeatedHour(values.end(), values.zone())) {
            // a local time with TZID means the first of a repeated hour (RFC 5545 §3.3.5): the second one,
            // e.g. 01:30 GMT on the autumn clock-change day in London, can only be written as UTC
            event.add(new DtStart<>(values.start()));
            if (values.end() != null) {
                event.add(new DtEnd<>(values.end()));
            }
        } else {
            event.add(new DtStart<>(values.start().atZone(values.zone())));
            if (values.end() != null) {
                event.add(new DtEnd<>(values.end().atZone(values.zone())));
            }
        }
        event.add(new Sequence(values.sequence()));
        event.add(new Summary(values.summary()));
        event.add(new Status(values.status().name()));
        if (values.description() != null) {
            event.add(new Description(values.description()));
        }
        if (values.location() != null) {
            event.add(new Location(values.location()));
        }
        if (values.url() != null) {
            event.add(new Url(values.url()));
        }
        if (values.organizer() != null) {
            event.add(new Organizer(values.organizer()));
        }
        for (URI attendee : values.attendees()) {
            event.add(new Attendee(attendee));
        }
        return event;
    }

    /** Whether the instant is the later of two moments sharing one local time in the zone (clocks went back). */
    static boolean secondOfRepeatedHour(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local.toLocalDateTime());
        return offsets.size() == 2 && local.getOffset().equals(offsets.get(1));
    }

    private static net.fortuna.ical4j.model.property.Method method(CalendarMethod method) {
        return switch (method) {
            case PUBLISH -> ImmutableMethod.PUBLISH;
            case REQUEST -> ImmutableMethod.REQUEST;
            case CANCEL -> ImmutableMethod.CANCEL;
        };
    }
}
