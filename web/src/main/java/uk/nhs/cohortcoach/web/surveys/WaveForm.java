package uk.nhs.cohortcoach.web.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.NewWave;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.page.TimeInput;

/**
 * The "create a survey wave" form as posted, every value as typed. {@code framework} is
 * {@code frameworkId|number}; {@code label} {@code baseline}, {@code midpoint}, {@code end} or {@code other}
 * (then {@code otherLabel}); {@code opening} {@code now} or {@code later} (then {@code opensAt} and its time);
 * {@code pastConfirmed} is set once the person has seen the warning that the opening time has passed.
 * Public: its template reads it.
 */
public record WaveForm(String cohortId, String framework, String label, String otherLabel, String opening, DateInput opensAt,
        String opensAtTime, DateInput closesAt, String closesAtTime, String reminderDays, String noReminders, String pastConfirmed) {

    /** The fields in the order the form shows them: the error summary follows it. */
    static final FormErrors.Fields FIELDS = FormErrors.fields()
            .input("cohortId").input("framework").choice("label").input("otherLabel").choice("opening")
            .date("opensAt").input("opensAtTime").date("closesAt").input("closesAtTime").input("reminderDays");

    static final String LATER = "later";
    static final String OTHER = "other";

    public WaveForm {
        cohortId = blankIfNull(cohortId);
        framework = blankIfNull(framework);
        label = label == null || label.isBlank() ? "baseline" : label;
        otherLabel = blankIfNull(otherLabel);
        opening = LATER.equals(opening) ? LATER : "now";
        opensAt = opensAt == null ? DateInput.empty() : opensAt;
        opensAtTime = blankIfNull(opensAtTime);
        closesAt = closesAt == null ? DateInput.empty() : closesAt;
        closesAtTime = blankIfNull(closesAtTime);
        reminderDays = blankIfNull(reminderDays);
        noReminders = blankIfNull(noReminders);
        pastConfirmed = blankIfNull(pastConfirmed);
    }

    /** A new form: the latest framework, opening now, closing in two weeks at 17:00. */
    static WaveForm empty(String framework, Clock clock) {
        LocalDate inTwoWeeks = LocalDate.now(clock.withZone(TimeInput.LONDON)).plusWeeks(2);
        return new WaveForm("", framework, "baseline", "", "now", DateInput.empty(), "", DateInput.of(inTwoWeeks), "17:00", "", "", "");
    }

    public boolean later() {
        return LATER.equals(opening);
    }

    public boolean withoutReminders() {
        return !noReminders.isEmpty();
    }

    public TimeInput opensTime() {
        return new TimeInput(opensAtTime);
    }

    public TimeInput closesTime() {
        return new TimeInput(closesAtTime);
    }

    /** What the form can tell before asking the API: dates and times that are not real, a date without its time, reminder days that are not numbers. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (later()) {
            dateAndTime(errors, messages, "opensAt", opensAt, opensTime(), "Opening date", "Opening time", "wave.opensAtTime.missing");
        }
        dateAndTime(errors, messages, "closesAt", closesAt, closesTime(), "Closing date", "Closing time", "wave.closesAtTime.missing");
        if (!withoutReminders() && !reminderDays.isBlank() && days() == null) {
            errors.add("reminderDays", messages.get("wave.reminderDays.notNumbers"));
        }
        return errors;
    }

    private static void dateAndTime(FormErrors errors, Messages messages, String id, DateInput date, TimeInput time, String dateLabel,
            String timeLabel, String missingTime) {
        String dateProblem = date.problem(dateLabel, messages);
        if (dateProblem != null) {
            errors.add(id, dateProblem);
        }
        String timeProblem = time.problem(timeLabel, messages);
        if (timeProblem != null) {
            errors.add(id + "Time", timeProblem);
        } else if (time.blank() && !date.blank()) {
            errors.add(id + "Time", messages.get(missingTime));
        }
    }

    /** Whether the opening time chosen has already passed (the page warns once before creating it). */
    boolean opensInThePast(Clock clock) {
        return later() && opensTime().isPast(opensAt.date(), clock);
    }

    NewWave toApi(Clock clock) {
        String[] chosen = framework.split("\\|", 2);
        Integer number = null;
        if (chosen.length == 2) {
            try {
                number = Integer.valueOf(chosen[1]);
            } catch (NumberFormatException notANumber) {
                number = null;
            }
        }
        Instant opens = later() ? opensTime().on(opensAt.date()) : clock.instant();
        List<Integer> days = withoutReminders() ? List.of() : days();
        return new NewWave(cohortId, OTHER.equals(label) ? otherLabel.trim() : label, chosen[0], number, opens,
                closesTime().on(closesAt.date()), days == null ? null : new NewWave.Reminders(days));
    }

    /** The reminder days typed ("7, 2"), null when none were typed or they are not whole numbers. */
    private List<Integer> days() {
        if (reminderDays.isBlank()) {
            return null;
        }
        String[] parts = reminderDays.trim().split("[\\s,]+");
        if (Arrays.stream(parts).anyMatch(part -> !part.matches("\\d{1,3}"))) {
            return null;
        }
        return Arrays.stream(parts).map(Integer::valueOf).toList();
    }

    /** The API's refusal on this form's fields: its field names are the request's, not the form's. */
    void addRefusal(FormErrors errors, ApiProblem problem) {
        for (ApiProblem.FieldError error : problem.errors()) {
            errors.add(formField(error.field()), error.message());
        }
        if (problem.errors().isEmpty()) {
            errors.addAll(problem);
        }
    }

    private String formField(String apiField) {
        if (apiField == null) {
            return "";
        }
        if (apiField.startsWith("reminders")) {
            return "reminderDays";
        }
        return switch (apiField) {
            case "frameworkId", "frameworkNumber" -> "framework";
            case "label" -> OTHER.equals(label) ? "otherLabel" : "label";
            case "opensAt" -> later() ? "opensAt" : "opening";
            default -> FormErrors.fieldId(apiField);
        };
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
