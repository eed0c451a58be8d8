package uk.nhs.cohortcoach.platform.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates this programme can mean: from 1 January 2000 to 31 December 2100. Anything outside (the
 * year 275760, the year 1) is a typing or an attack, and would overflow the arithmetic and the
 * database's dates downstream; it is refused where it enters.
 */
public final class DomainDates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /**
     * How a local date and time is written: wall-clock time in Europe/London with no offset, no {@code Z}
     * and no zone. A value with an offset is refused rather than having its offset dropped (Jackson's
     * lenient reader would read {@code 2027-05-03T10:00:00Z} as 10:00 London).
     */
    public static final String LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile(LOCAL_DATE_TIME_PATTERN);

    private DomainDates() {
    }

    /** True for the date and time types the rule applies to. */
    public static boolean applies(Class<?> type) {
        return type == LocalDate.class || type == LocalDateTime.class || type == Instant.class
                || type == OffsetDateTime.class || type == ZonedDateTime.class;
    }

    /** What is wrong with the value, or nothing; values of other types pass. */
    public static Optional<String> problemWith(Object value) {
        LocalDate date = dateOf(value);
        if (date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST))) {
            return Optional.empty();
        }
        return Optional.of(expectation(value.getClass()));
    }

    /** "must be a date between …" in the words used for the type. */
    public static String expectation(Class<?> type) {
        String kind = type == LocalDate.class ? "a date" : "a date and time";
        return "must be " + kind + " between " + EARLIEST + " and " + LATEST;
    }

    /** How the value must be written, for a value that is not text at all. */
    public static String textExpectation(Class<?> type) {
        if (type == LocalDate.class) {
            return "must be a date written like 2027-03-29";
        }
        if (type == LocalDateTime.class) {
            return "must be a local date and time in Europe/London, written like 2027-03-29T10:00, without an offset or Z";
        }
        return "must be a date and time written like 2027-03-29T10:00:00Z (ISO 8601, with its offset)";
    }

    /** True when the text is written as a local date and time ({@link #LOCAL_DATE_TIME_PATTERN}). */
    public static boolean isLocalDateTimeText(String text) {
        return text != null && LOCAL_DATE_TIME.matcher(text).matches();
    }

    private static LocalDate dateOf(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof Instant instant) {
            // Instant.MAX is beyond what an offset date can hold: compare seconds instead
            long seconds = instant.getEpochSecond();
            if (seconds < EARLIEST.toEpochSecond(java.time.LocalTime.MIN, ZoneOffset.UTC)) {
                return EARLIEST.minusDays(1);
            }
            if (seconds > LATEST.toEpochSecond(java.time.LocalTime.MAX, ZoneOffset.UTC)) {
                return LATEST.plusDays(1);
            }
            return instant.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return null;
    }
}
