package uk.nhs.cohortcoach.platform.support.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Values written into error messages as people read them (GOV.UK style): dates as "1 April 2026", times
 * as "14:30" (give them in London time), lists as "weekly, fortnightly or monthly", an enum constant as
 * words ("permanent failure", never {@code PERMANENT_FAILURE}).
 */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Words() {
    }

    /** "1 April 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "14:30". */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** An enum constant in lower-case words: {@code PERMANENT_FAILURE} → "permanent failure". */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Every constant of the enum in words, as choices: "weekly, fortnightly or monthly". */
    public static String choices(Class<? extends Enum<?>> type) {
        return or(Arrays.stream(type.getEnumConstants()).map(Words::of).toList());
    }

    /** "a", "a or b", "a, b or c". */
    public static String or(Collection<String> items) {
        return join(items, " or ");
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(Collection<String> items) {
        return join(items, " and ");
    }

    private static String join(Collection<String> items, String last) {
        List<String> all = new ArrayList<>(items);
        if (all.size() < 2) {
            return String.join("", all);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + last + all.get(all.size() - 1);
    }
}
