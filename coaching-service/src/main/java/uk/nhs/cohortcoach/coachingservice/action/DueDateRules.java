package uk.nhs.cohortcoach.coachingservice.action;

import java.time.LocalDate;
import java.util.Map;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * When an action may be due: today or later, judged against today in Europe/London. Applies to a new action (in a
 * session log) and to a due date that is changed; a due date already passed is left alone when nothing changes it.
 */
public final class DueDateRules {

    private DueDateRules() {
    }

    /** The field error for {@code field} when {@code due} is before {@code today}; none otherwise (or without a date). */
    public static Map<String, String> problems(String field, LocalDate due, LocalDate today) {
        if (due != null && due.isBefore(today)) {
            return Map.of(field, "The due date must be today (" + Words.date(today) + ") or in the future");
        }
        return Map.of();
    }

    /** Throws a 400 naming {@code field} when {@code due} is before {@code today}. */
    public static void check(String field, LocalDate due, LocalDate today) {
        Map<String, String> problems = problems(field, due, today);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
