package uk.nhs.cohortcoach.notificationservice.trigger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and dates as email shows them, in British English: "Tuesday 3 March 2026, 10:00 to 11:30 (UK time)". */
public final class Wording {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Wording() {
    }

    /** The event's zone when it names a valid one, else Europe/London. */
    public static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return LONDON;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (java.time.DateTimeException unknown) {
            return LONDON;
        }
    }

    /**
     * "Tuesday 3 March 2026, 10:00 to 11:30 (UK time)"; the end date is repeated when it is another day. On a day the
     * clocks change each time says which it is, "Sunday 25 October 2026, 01:30 BST to 01:30 GMT (UK time)", so the
     * repeated autumn hour is never ambiguous.
     */
    public static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        boolean offsets = clocksChange(from.toLocalDate(), zone) || clocksChange(to.toLocalDate(), zone);
        String until = from.toLocalDate().equals(to.toLocalDate())
                ? time(to, offsets)
                : DATE.format(to) + ", " + time(to, offsets);
        return DATE.format(from) + ", " + time(from, offsets) + " to " + until + " (" + zoneName(zone) + ")";
    }

    /** "Tuesday 3 March 2026, 10:00 (UK time)"; on a clock-change day with the offset's name, "01:30 GMT". */
    public static String moment(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return DATE.format(local) + ", " + time(local, clocksChange(local.toLocalDate(), zone)) + " (" + zoneName(zone) + ")";
    }

    /** Whether the zone's offset at the end of the day differs from its offset at the start (the clocks change that day). */
    public static boolean clocksChange(LocalDate date, ZoneId zone) {
        Instant startOfDay = date.atStartOfDay(zone).toInstant();
        Instant startOfNext = date.plusDays(1).atStartOfDay(zone).toInstant();
        return !zone.getRules().getOffset(startOfDay).equals(zone.getRules().getOffset(startOfNext));
    }

    private static String time(ZonedDateTime at, boolean withOffset) {
        return withOffset ? TIME.format(at) + " " + offsetName(at) : TIME.format(at);
    }

    /** GMT or BST in London; elsewhere the offset from UTC ("UTC+09:00"). */
    private static String offsetName(ZonedDateTime at) {
        if (at.getZone().equals(LONDON)) {
            return at.getOffset().getTotalSeconds() == 0 ? "GMT" : "BST";
        }
        return "UTC" + (at.getOffset().getTotalSeconds() == 0 ? "" : at.getOffset().getId());
    }

    /** "Friday 27 March 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The date of an instant in a zone: "Friday 27 March 2026". */
    public static String date(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }

    private static String zoneName(ZoneId zone) {
        return zone.equals(LONDON) ? "UK time" : zone.getId() + " time";
    }
}
