package uk.nhs.cohortcoach.web.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as every page writes them, GOV.UK style, London time: "1 April 2026", "14:30", "1 April 2026 at 14:30". */
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Dates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : instant.atZone(TimeInput.LONDON).format(DATE);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : instant.atZone(TimeInput.LONDON).format(TIME);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + " at " + time(instant);
    }
}
