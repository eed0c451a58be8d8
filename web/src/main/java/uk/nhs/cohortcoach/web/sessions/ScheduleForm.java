package uk.nhs.cohortcoach.web.sessions;

import java.util.List;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.CoachingApi;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * "Schedule a session" as typed: one session, or with {@code frequency} a series of {@code count} sessions.
 * {@code pastConfirmed} is set once the person has seen the warning that the start has passed. Public: its
 * template reads it.
 */
public record ScheduleForm(String collaborativeId, String coachId, String type, String title, DateInput date, String start,
        String end, String location, String videoLink, List<String> inviteeIds, String frequency, String count,
        String pastConfirmed) {

    static final List<String> FREQUENCIES = List.of("WEEKLY", "FORTNIGHTLY", "MONTHLY");

    public ScheduleForm {
        collaborativeId = collaborativeId == null ? "" : collaborativeId;
        coachId = coachId == null ? "" : coachId;
        type = type == null ? "" : type;
        title = title == null ? "" : title;
        date = date == null ? DateInput.empty() : date;
        start = start == null ? "" : start;
        end = end == null ? "" : end;
        location = location == null ? "" : location;
        videoLink = videoLink == null ? "" : videoLink;
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
        frequency = frequency == null ? "" : frequency;
        count = count == null ? "" : count.trim();
        pastConfirmed = pastConfirmed == null ? "" : pastConfirmed;
    }

    /** A new form for the collaborative: the coach chosen when there is one to choose, everyone in the team invited. */
    static ScheduleForm forTeam(String collaborativeId, String coachId, List<String> team) {
        return new ScheduleForm(collaborativeId, coachId, "TEAM_COACHING", "", DateInput.empty(), "", "", "", "", team, "", "", "");
    }

    ScheduleForm confirmingPast() {
        return new ScheduleForm(collaborativeId, coachId, type, title, date, start, end, location, videoLink, inviteeIds,
                frequency, count, "yes");
    }

    Slot slot() {
        return new Slot(date, new TimeInput(start), new TimeInput(end));
    }

    public TimeInput startTime() {
        return new TimeInput(start);
    }

    public TimeInput endTime() {
        return new TimeInput(end);
    }

    boolean series() {
        return FREQUENCIES.contains(frequency);
    }

    static FormErrors.Fields fields() {
        return Slot.fields(FormErrors.fields().input("coachId").input("type").input("title"))
                .input("location").input("videoLink").choice("inviteeIds").choice("frequency").input("count");
    }

    /** What web checks before the API: the date and times, and a number of sessions that is a number. */
    void checkInto(FormErrors errors, Messages messages) {
        slot().checkInto(errors, messages);
        if (series() && !count.isEmpty() && countNumber() == null) {
            errors.add("count", messages.get("number.notNumber", messages.get("schedule.count"), "6"));
        }
    }

    CoachingApi.NewSession toApi() {
        return new CoachingApi.NewSession(collaborativeId, coachId.isEmpty() ? null : coachId, type.isEmpty() ? null : type,
                title.trim(), slot().localStart(), slot().durationMinutes(), location.isBlank() ? null : location.trim(),
                videoLink.isBlank() ? null : videoLink.trim(), inviteeIds, series() ? frequency : null, series() ? countNumber() : null);
    }

    /** The API's field errors as this form's fields. */
    static List<ApiProblem.FieldError> onForm(List<ApiProblem.FieldError> apiErrors) {
        return apiErrors.stream().map(e -> new ApiProblem.FieldError(e.field() == null ? null
                : Slot.fieldId(e.field()).replaceAll("^inviteeIds\\[\\d+]$", "inviteeIds").replace("until", "count"), e.message())).toList();
    }

    private Integer countNumber() {
        try {
            return count.isEmpty() ? null : Integer.valueOf(count);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
