package uk.nhs.cohortcoach.web.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.HeldSession;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * "Record a session that already happened": the session's details as typed (its log is a {@link LogForm}
 * posted in the same form). Public: its template reads it.
 */
public record HeldDetails(String collaborativeId, String type, String title, DateInput date, String start,
        String end, String location, List<String> inviteeIds) {

    public HeldDetails {
        collaborativeId = collaborativeId == null ? "" : collaborativeId;
        type = type == null ? "" : type;
        title = title == null ? "" : title;
        date = date == null ? DateInput.empty() : date;
        start = start == null ? "" : start;
        end = end == null ? "" : end;
        location = location == null ? "" : location;
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
    }

    /** A new form for the collaborative: everyone in its team invited. */
    static HeldDetails forTeam(String collaborativeId, List<String> team) {
        return new HeldDetails(collaborativeId, "", "", DateInput.empty(), "", "", "", team);
    }

    public TimeInput startTime() {
        return new TimeInput(start);
    }

    public TimeInput endTime() {
        return new TimeInput(end);
    }

    static FormErrors.Fields fields() {
        return FormErrors.fields().input("title").input("type").date("date").input("start").input("end")
                .input("location").choice("inviteeIds");
    }

    /** What web checks before the API: a real date, real times, and an end after the start (the duration it sends). */
    void checkInto(FormErrors errors, Messages messages) {
        String dateProblem = date.problem(messages.get("held.date"), messages);
        if (dateProblem != null) {
            errors.add("date", dateProblem);
        }
        String startProblem = startTime().problem(messages.get("held.startTime"), messages);
        if (startProblem != null) {
            errors.add("start", startProblem);
        }
        String endProblem = endTime().problem(messages.get("held.endTime"), messages);
        if (endProblem != null) {
            errors.add("end", endProblem);
        }
        Integer minutes = durationMinutes();
        if (minutes != null && minutes <= 0) {
            errors.add("end", messages.get("time.endAfterStart"));
        }
    }

    /** Minutes from the start to the end time on the date (London time), or null until all three are real. */
    Integer durationMinutes() {
        LocalDate day = date.date();
        Instant from = startTime().on(day);
        Instant to = endTime().on(day);
        return from == null || to == null ? null : (int) Duration.between(from, to).toMinutes();
    }

    HeldSession toApi(String coachId, LogForm log) {
        LocalDate day = date.date();
        return new HeldSession(collaborativeId, coachId, type.isEmpty() ? null : type, title.trim(),
                day == null || startTime().time() == null ? null : day.atTime(startTime().time()), durationMinutes(),
                location.isBlank() ? null : location.trim(), inviteeIds, log.toApi());
    }

    /** The API's field errors about the session (not its log) as this form's fields. */
    static List<ApiProblem.FieldError> onForm(List<ApiProblem.FieldError> apiErrors) {
        return apiErrors.stream().map(error -> {
            String field = error.field() == null ? "" : error.field();
            field = switch (field) {
                case "start", "startAt" -> "date";
                case "durationMinutes" -> "end";
                default -> field.replaceAll("^inviteeIds\\[\\d+]$", "inviteeIds");
            };
            return new ApiProblem.FieldError(field, error.message());
        }).toList();
    }
}
