package uk.nhs.cohortcoach.web.sessions;

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
        return Slot.fields(FormErrors.fields().input("title").input("type"))
                .input("location").choice("inviteeIds");
    }

    Slot slot() {
        return new Slot(date, startTime(), endTime());
    }

    /** What web checks before the API: a real date, real times, and an end after the start (the duration it sends). */
    void checkInto(FormErrors errors, Messages messages) {
        slot().checkInto(errors, messages);
    }

    HeldSession toApi(String coachId, LogForm log) {
        return new HeldSession(collaborativeId, coachId, type.isEmpty() ? null : type, title.trim(),
                slot().localStart(), slot().durationMinutes(),
                location.isBlank() ? null : location.trim(), inviteeIds, log.toApi());
    }

    /** The API's field errors about the session (not its log) as this form's fields. */
    static List<ApiProblem.FieldError> onForm(List<ApiProblem.FieldError> apiErrors) {
        return apiErrors.stream().map(error -> {
            String field = error.field() == null ? "" : error.field();
            field = Slot.fieldId(field).replaceAll("^inviteeIds\\[\\d+]$", "inviteeIds");
            return new ApiProblem.FieldError(field, error.message());
        }).toList();
    }
}
