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

    /** "Tuesday 3 March 2026, 10:00 to 11:30 (UK time)"; the end date is repeated when it is another day. */
    public static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate())
                ? TIME.format(to)
                : DATE.format(to) + ", " + TIME.format(to);
        return DATE.format(from) + ", " + TIME.format(from) + " to " + until + " (" + zoneName(zone) + ")";
    }

    /** "Tuesday 3 March 2026, 10:00 (UK time)". */
    public static String moment(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return DATE.format(local) + ", " + TIME.format(local) + " (" + zoneName(zone) + ")";
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
