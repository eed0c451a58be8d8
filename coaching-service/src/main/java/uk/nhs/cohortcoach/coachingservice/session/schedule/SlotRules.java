package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * Turns what a person enters into a {@link Slot}: a local start in the session's time zone
 * (Europe/London) or an ISO date-time with an offset, and a duration of 15 minutes to 8 hours; and
 * checks the slot lies inside its cohort's dates.
 */
public final class SlotRules {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 8 * 60;

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm");

    private SlotRules() {
    }

    /**
     * The slot for a start given either as a local date-time in {@code zone} or as a date-time with
     * an offset (exactly one of them), lasting {@code minutes}.
     *
     * <p>A local time that does not exist because the clocks go forward (01:30 on 29 March 2026 in
     * London) is refused; one that happens twice because they go back (01:30 on 25 October 2026) is
     * the first of the two (British Summer Time).
     *
     * @throws InvalidFieldsException naming {@code start}, {@code startAt} or {@code durationMinutes}
     */
    public static Slot slot(LocalDateTime start, OffsetDateTime startAt, Integer minutes, ZoneId zone) {
        if ((start == null) == (startAt == null)) {
            throw InvalidFieldsException.of("start", start == null ? "Enter the date and time the session starts"
                    : "Enter when the session starts either as a time in London or as a time with an offset, not both");
        }
        requireDuration(minutes);
        ZonedDateTime zoned = start != null ? local(start, zone, "start") : startAt.atZoneSameInstant(zone);
        return new Slot(zoned.toInstant(), zoned.toInstant().plus(Duration.ofMinutes(minutes)));
    }

    /** The slot starting at a local date-time in {@code zone} (the same gap and overlap rules as {@link #slot}). */
    public static Slot slot(LocalDateTime start, int minutes, ZoneId zone, String field) {
        requireDuration(minutes);
        ZonedDateTime zoned = local(start, zone, field);
        return new Slot(zoned.toInstant(), zoned.toInstant().plus(Duration.ofMinutes(minutes)));
    }

    /** The local start in {@code zone} of a start given either way (for series, which repeat in local time). */
    public static LocalDateTime localStart(LocalDateTime start, OffsetDateTime startAt, ZoneId zone) {
        return start != null ? start : startAt.atZoneSameInstant(zone).toLocalDateTime();
    }

    static void requireDuration(Integer minutes) {
        if (minutes == null) {
            throw InvalidFieldsException.of("durationMinutes", "{NotNull.durationMinutes}");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw InvalidFieldsException.of("durationMinutes",
                    "Enter a length from " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes (8 hours)");
        }
    }

    private static ZonedDateTime local(LocalDateTime start, ZoneId zone, String field) {
        if (zone.getRules().getValidOffsets(start).isEmpty()) {
            throw InvalidFieldsException.of(field, "There is no " + Words.time(start.toLocalTime()) + " on "
                    + Words.date(start.toLocalDate()) + " in " + placeOf(zone) + " because the clocks go forward. Choose another time");
        }
        return ZonedDateTime.ofLocal(start, zone, null);
    }

    /**
     * Requires the slot to lie within the cohort's dates, both inclusive, as days in {@code zone}:
     * from midnight at the start of the first day to midnight at the end of the last.
     * A date that is not known (null) sets no limit on that side.
     *
     * @throws InvalidFieldsException naming {@code field}
     */
    public static void requireWithinCohort(Slot slot, LocalDate cohortStart, LocalDate cohortEnd, ZoneId zone, String field) {
        boolean early = cohortStart != null && slot.start().isBefore(cohortStart.atStartOfDay(zone).toInstant());
        boolean late = cohortEnd != null && slot.end().isAfter(cohortEnd.plusDays(1).atStartOfDay(zone).toInstant());
        if (early || late) {
            ZonedDateTime start = slot.start().atZone(zone);
            String dates = cohortStart == null ? "on or before " + Words.date(cohortEnd)
                    : cohortEnd == null ? "on or after " + Words.date(cohortStart)
                    : Words.date(cohortStart) + " to " + Words.date(cohortEnd);
            throw InvalidFieldsException.of(field, "The session on " + Words.date(start.toLocalDate()) + " at "
                    + Words.time(start.toLocalTime()) + " must be within the cohort's dates, " + dates);
        }
    }

    /** "London" for Europe/London: the place people know a time zone by. */
    private static String placeOf(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** "5 May 2026 10:00–11:00" in the zone. */
    public static String describe(Slot slot, ZoneId zone) {
        ZonedDateTime start = slot.start().atZone(zone);
        ZonedDateTime end = slot.end().atZone(zone);
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? end.toLocalTime().toString() : HUMAN.format(end);
        return HUMAN.format(start) + "–" + endText;
    }
}
