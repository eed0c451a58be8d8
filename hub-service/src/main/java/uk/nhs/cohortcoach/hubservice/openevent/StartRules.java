package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * An open event's start as people enter it: a local date-time in London, as coaching-service reads a session's. A
 * time that does not exist because the clocks go forward (01:30 on 28 March 2027) is refused; one that happens twice
 * because they go back (01:30 on 31 October 2027) is the first of the two (British Summer Time). The event lasts 15
 * minutes to 8 hours and must start in the future.
 */
public final class StartRules {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 8 * 60;

    private StartRules() {
    }

    /** The start as an instant, or empty when the local time does not exist in London. */
    public static Instant startOf(LocalDateTime start) {
        if (LONDON.getRules().getValidOffsets(start).isEmpty()) {
            return null;
        }
        return ZonedDateTime.ofLocal(start, LONDON, null).toInstant();
    }

    /** What is wrong with a start and duration (field → words), in field order; empty when nothing is. */
    public static Map<String, String> problems(LocalDateTime start, Integer durationMinutes, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (start != null) {
            Instant startsAt = startOf(start);
            if (startsAt == null) {
                errors.put("start", "There is no " + Words.time(start.toLocalTime()) + " on " + Words.date(start.toLocalDate())
                        + " in London because the clocks go forward. Choose another time");
            } else if (!startsAt.isAfter(now)) {
                errors.put("start", "The start must be in the future");
            }
        }
        if (durationMinutes != null && (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES)) {
            errors.put("durationMinutes", "Enter a length from " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes (8 hours)");
        }
        return errors;
    }

    /** The local date-time in London of an instant, as the event's start is shown and edited. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, LONDON);
    }
}
