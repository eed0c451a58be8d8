package uk.nhs.cohortcoach.web.events;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.OpenEvent;
import uk.nhs.cohortcoach.web.api.OpenEventManagementApi;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * "Schedule an open event" and "Change the event" as typed: every field, the start as a GOV.UK date input and a
 * 24-hour time (London time, as hub-service takes it), the speakers as rows ({@code speakers[0].name}, ...; a row
 * left empty is no speaker, "Add another speaker" posts the form back with one more row) and, when changing, the
 * version read. Public: its template reads it.
 */
public record EventForm(String title, String summary, String description, List<SpeakerRow> speakers, DateInput date,
        String time, String durationMinutes, String capacity, String joiningLink, String version) {

    /** Speaker rows on a new form. */
    static final int FIRST_ROWS = 2;

    private static final Pattern SPEAKER_FIELD = Pattern.compile("^speakers\\[(\\d+)](.*)$");

    /** The fields in form order: the speakers last, so "Add another speaker" can follow the form's main button. */
    static final FormErrors.Fields FIELDS = FormErrors.fields().input("title").input("summary").input("description")
            .date("date").input("time").input("durationMinutes").input("capacity").input("joiningLink").input("speakers");

    public EventForm {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        List<SpeakerRow> rows = new ArrayList<>();
        if (speakers != null) {
            speakers.forEach(row -> rows.add(row == null ? SpeakerRow.empty() : row));
        }
        while (rows.size() < FIRST_ROWS) {
            rows.add(SpeakerRow.empty());
        }
        speakers = List.copyOf(rows);
        date = date == null ? DateInput.empty() : date;
        time = time == null ? "" : time.strip();
        durationMinutes = durationMinutes == null ? "" : durationMinutes.strip();
        capacity = capacity == null ? "" : capacity.strip();
        joiningLink = joiningLink == null ? "" : joiningLink;
        version = version == null ? "" : version.strip();
    }

    static EventForm empty() {
        return new EventForm("", "", "", List.of(), DateInput.empty(), "", "60", "", "", "");
    }

    /** The event as it is now, for changing it (its start and length in London time). */
    static EventForm of(OpenEvent event) {
        LocalDateTime start = event.startsAt() == null ? null : LocalDateTime.ofInstant(event.startsAt(), TimeInput.LONDON);
        List<SpeakerRow> rows = new ArrayList<>(event.speakers().stream().map(s -> new SpeakerRow(s.name(), s.role())).toList());
        rows.add(SpeakerRow.empty());
        String minutes = event.startsAt() == null || event.endsAt() == null ? ""
                : String.valueOf(Duration.between(event.startsAt(), event.endsAt()).toMinutes());
        return new EventForm(event.title(), event.summary(), event.description(), rows,
                start == null ? DateInput.empty() : DateInput.of(start.toLocalDate()),
                start == null ? "" : TimeInput.of(start.toLocalTime()).text(), minutes, String.valueOf(event.capacity()),
                event.joiningLink(), event.version() == null ? "" : String.valueOf(event.version()));
    }

    /** The same form with one more speaker row. */
    EventForm withAnotherSpeaker() {
        List<SpeakerRow> rows = new ArrayList<>(speakers);
        rows.add(SpeakerRow.empty());
        return new EventForm(title, summary, description, rows, date, time, durationMinutes, capacity, joiningLink, version);
    }

    public TimeInput startTime() {
        return new TimeInput(time);
    }

    /** What web can tell before asking hub-service: a date or time that is not one, a number that is not a number. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        String dateProblem = date.problem(messages.get("event.date"), messages);
        if (dateProblem != null) {
            errors.add("date", dateProblem);
        }
        String timeProblem = startTime().problem(messages.get("event.time"), messages);
        if (timeProblem != null) {
            errors.add("time", timeProblem);
        }
        if (!durationMinutes.isEmpty() && number(durationMinutes) == null) {
            errors.add("durationMinutes", messages.get("number.notNumber", messages.get("event.durationMinutes"), "60"));
        }
        if (!capacity.isEmpty() && number(capacity) == null) {
            errors.add("capacity", messages.get("number.notNumber", messages.get("event.capacity"), "100"));
        }
        return errors;
    }

    OpenEventManagementApi.EventDetails toApi() {
        LocalDateTime start = date.date() == null || startTime().time() == null ? null : date.date().atTime(startTime().time());
        List<OpenEvent.Speaker> sent = speakers.stream().filter(row -> !row.blank())
                .map(row -> new OpenEvent.Speaker(RegistrationForm.blankIsNull(row.name()), RegistrationForm.blankIsNull(row.role())))
                .toList();
        Long read = version.isEmpty() ? null : number(version) == null ? null : (long) number(version);
        return new OpenEventManagementApi.EventDetails(RegistrationForm.blankIsNull(title), RegistrationForm.blankIsNull(summary),
                RegistrationForm.blankIsNull(description), sent, start, number(durationMinutes), number(capacity),
                RegistrationForm.blankIsNull(joiningLink), read);
    }

    /**
     * hub-service's field errors as this form's fields: {@code start} is the date (and time), and a speaker's index
     * among the rows sent (empty rows are not sent) becomes the row on the form.
     */
    List<ApiProblem.FieldError> onForm(List<ApiProblem.FieldError> apiErrors) {
        List<Integer> sentRows = new ArrayList<>();
        for (int row = 0; row < speakers.size(); row++) {
            if (!speakers.get(row).blank()) {
                sentRows.add(row);
            }
        }
        return apiErrors.stream().map(error -> new ApiProblem.FieldError(field(error.field(), sentRows), error.message())).toList();
    }

    private static String field(String apiField, List<Integer> sentRows) {
        if (apiField == null) {
            return null;
        }
        if (apiField.equals("start") || apiField.startsWith("start.")) {
            return "date";
        }
        Matcher speaker = SPEAKER_FIELD.matcher(apiField);
        if (speaker.matches()) {
            int sent = Integer.parseInt(speaker.group(1));
            int row = sent < sentRows.size() ? sentRows.get(sent) : sent;
            return FormErrors.fieldId("speakers[" + row + "]" + speaker.group(2));
        }
        return FormErrors.fieldId(apiField);
    }

    private static Integer number(String text) {
        try {
            return text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
