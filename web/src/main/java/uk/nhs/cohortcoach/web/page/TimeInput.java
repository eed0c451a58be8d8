package uk.nhs.cohortcoach.web.page;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time typed into one text input in the 24-hour clock ({@code 14:30}; {@code 9:05}, {@code 14.30} and
 * {@code 1430} are read too), always London time; the one parse of it. {@link #problem(String, Messages)}
 * says what is wrong in GOV.UK words, or null when it is a time or left blank.
 */
public record TimeInput(String text) {

    /** Every time on a page is London time, summer or winter. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public TimeInput {
        text = text == null ? "" : text.trim();
    }

    public static TimeInput of(LocalTime time) {
        return new TimeInput(time == null ? "" : time.format(HH_MM));
    }

    public boolean blank() {
        return text.isEmpty();
    }

    /** The time, or null when it is blank or not a 24-hour time. */
    public LocalTime time() {
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (DateTimeException notATime) {
            return null;
        }
    }

    public String problem(String label, Messages messages) {
        return blank() || time() != null ? null : messages.get("time.notReal", label);
    }

    /** The instant of this time on {@code date} in London (the earlier one when the clocks go back). */
    public Instant on(LocalDate date) {
        LocalTime time = time();
        return date == null || time == null ? null : date.atTime(time).atZone(LONDON).toInstant();
    }

    /** Whether this time on {@code date} has already passed (for the page's warning). */
    public boolean isPast(LocalDate date, Clock clock) {
        Instant at = on(date);
        return at != null && at.isBefore(clock.instant());
    }
}
