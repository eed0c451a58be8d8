package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * A series' repetition: weekly, fortnightly or monthly, for {@code count} sessions or until a date
 * (inclusive), at most {@value #MAX_OCCURRENCES} sessions. Occurrences are local date-times, so a
 * series at 10:00 stays at 10:00 local time across the clock changes. Monthly occurrences keep the
 * first session's day of the month; in a month without that day (the 31st in April, the 30th in
 * February) the session is on the month's last day, and the next month returns to the first day.
 */
public record Recurrence(Frequency frequency, Integer count, LocalDate until) {

    public static final int MAX_OCCURRENCES = 52;

    /**
     * The local start of every session of the series, the first at {@code first}.
     *
     * @throws InvalidFieldsException naming {@code frequency}, {@code count} or {@code until}
     */
    public List<LocalDateTime> occurrences(LocalDateTime first) {
        if (frequency == null) {
            throw InvalidFieldsException.of("frequency", "Select how often the sessions repeat: " + Words.choices(Frequency.class));
        }
        if ((count == null) == (until == null)) {
            throw InvalidFieldsException.of("count", "Enter either the number of sessions or the date of the last session, not both");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            throw InvalidFieldsException.of("count", "Enter a number of sessions from 1 to " + MAX_OCCURRENCES);
        }
        if (until != null && until.isBefore(first.toLocalDate())) {
            throw InvalidFieldsException.of("until", "The date of the last session must be on or after " + Words.date(first.toLocalDate())
                    + ", the date of the first");
        }
        List<LocalDateTime> starts = new ArrayList<>();
        for (int n = 0; ; n++) {
            LocalDateTime next = nth(first, n);
            if (count != null ? n >= count : next.toLocalDate().isAfter(until)) {
                break;
            }
            if (starts.size() == MAX_OCCURRENCES) {
                throw InvalidFieldsException.of("until", "That makes more than " + MAX_OCCURRENCES + " sessions. Choose an earlier date for the last session");
            }
            starts.add(next);
        }
        return List.copyOf(starts);
    }

    private LocalDateTime nth(LocalDateTime first, int n) {
        return switch (frequency) {
            case WEEKLY -> first.plusWeeks(n);
            case FORTNIGHTLY -> first.plusWeeks(2L * n);
            // plusMonths from the first (not from the previous) keeps the day: 31 Jan, 28 Feb, 31 Mar
            case MONTHLY -> first.plusMonths(n);
        };
    }
}
