package uk.nhs.cohortcoach.surveyservice.wave;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a wave's automatic reminders go: the days before closing a programme manager chose (at most
 * {@value #MAX_REMINDERS}, each a whole number of days, each after the wave opens), or by default, for a wave
 * of any length:
 * <ul>
 * <li>shorter than a day: none;</li>
 * <li>1 day to under 4 days: one, halfway;</li>
 * <li>4 days to under 10 days: 2 days before closing;</li>
 * <li>10 days to under 28 days: 7 and 2 days before closing;</li>
 * <li>28 days or more: 14, 7 and 2 days before closing.</li>
 * </ul>
 * So every default reminder falls at least half a day after opening, the last one no more than 2 days
 * before closing, and a longer wave never gets fewer. Plain Java.
 */
public final class ReminderRules {

    public static final int MAX_REMINDERS = 5;
    static final String FIELD = "reminders.daysBeforeClose";

    private static final Duration DAY = Duration.ofDays(1);

    private ReminderRules() {
    }

    /** The default reminders of a wave of this length, as times before closing, earliest reminder first. */
    public static List<Duration> defaultsFor(Duration length) {
        if (length.compareTo(DAY) < 0) {
            return List.of();
        }
        if (length.compareTo(Duration.ofDays(4)) < 0) {
            return List.of(length.dividedBy(2));
        }
        if (length.compareTo(Duration.ofDays(10)) < 0) {
            return List.of(Duration.ofDays(2));
        }
        if (length.compareTo(Duration.ofDays(28)) < 0) {
            return List.of(Duration.ofDays(7), Duration.ofDays(2));
        }
        return List.of(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(2));
    }

    /**
     * The times the wave's reminders are due: the given days before closing, or the defaults when none were
     * given ({@code null}); an empty list means no automatic reminder. Check {@link #problems} first.
     */
    public static List<Instant> dueTimes(Instant opensAt, Instant closesAt, List<Integer> daysBeforeClose) {
        List<Duration> before = daysBeforeClose == null ? defaultsFor(Duration.between(opensAt, closesAt))
                : daysBeforeClose.stream().map(Duration::ofDays).toList();
        return before.stream().map(closesAt::minus).sorted().toList();
    }

    /** @return field path → message for days a manager chose that cannot be kept; empty when fine (or none chosen) */
    public static Map<String, String> problems(Instant opensAt, Instant closesAt, List<Integer> daysBeforeClose) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (daysBeforeClose == null) {
            return errors;
        }
        if (daysBeforeClose.size() > MAX_REMINDERS) {
            errors.put(FIELD, "Send no more than " + MAX_REMINDERS + " reminders");
            return errors;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < daysBeforeClose.size(); i++) {
            Integer days = daysBeforeClose.get(i);
            String path = FIELD + "[" + i + "]";
            if (days == null || days < 1) {
                errors.put(path, "Days before the close must be 1 or more");
            } else if (!seen.add(days)) {
                errors.put(path, "Each reminder must be a different number of days before the close");
            } else if (!closesAt.minus(Duration.ofDays(days)).isAfter(opensAt)) {
                errors.put(path, "A reminder " + days + (days == 1 ? " day" : " days") + " before the close would be before the wave opens: choose fewer days");
            }
        }
        return errors;
    }
}
