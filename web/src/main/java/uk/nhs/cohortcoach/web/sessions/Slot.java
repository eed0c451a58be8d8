package uk.nhs.cohortcoach.web.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * When a session is: a GOV.UK date input and two 24-hour time inputs, London time, as typed (field ids
 * {@code date}, {@code start}, {@code end}). The one place that turns them into the API's local start and
 * duration, and says when the start has already passed (the page warns, it does not refuse).
 */
record Slot(DateInput date, TimeInput start, TimeInput end) {

    static FormErrors.Fields fields(FormErrors.Fields before) {
        return before.date("date").input("start").input("end");
    }

    /** What web checks before the API: a real date, real times, an end after the start. */
    void checkInto(FormErrors errors, Messages messages) {
        String dateProblem = date.problem(messages.get("slot.date"), messages);
        if (dateProblem != null) {
            errors.add("date", dateProblem);
        }
        String startProblem = start.problem(messages.get("slot.start"), messages);
        if (startProblem != null) {
            errors.add("start", startProblem);
        }
        String endProblem = end.problem(messages.get("slot.end"), messages);
        if (endProblem != null) {
            errors.add("end", endProblem);
        }
        Integer minutes = durationMinutes();
        if (minutes != null && minutes <= 0) {
            errors.add("end", messages.get("time.endAfterStart"));
        }
    }

    /** Minutes from the start to the end on the date (London time), or null until all three are real. */
    Integer durationMinutes() {
        LocalDate day = date.date();
        Instant from = start.on(day);
        Instant to = end.on(day);
        return from == null || to == null ? null : (int) Duration.between(from, to).toMinutes();
    }

    /** The start as London wall-clock time, as the API takes it; null until date and time are real. */
    LocalDateTime localStart() {
        LocalDate day = date.date();
        return day == null || start.time() == null ? null : day.atTime(start.time());
    }

    boolean startIsPast(Clock clock) {
        return start.isPast(date.date(), clock);
    }

    /** The API's field names for a booking, as this slot's fields. */
    static String fieldId(String apiField) {
        return switch (apiField) {
            case "start", "startAt" -> "date";
            case "durationMinutes" -> "end";
            default -> apiField;
        };
    }
}
