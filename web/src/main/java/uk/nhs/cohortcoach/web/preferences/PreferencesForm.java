package uk.nhs.cohortcoach.web.preferences;

import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/** The preferences form as posted: {@code reminders} is "true", "false" or nothing chosen. Public: its template reads it. */
public record PreferencesForm(String reminders) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().choice("reminders");

    public PreferencesForm {
        reminders = reminders == null ? "" : reminders;
    }

    /** Nothing chosen, or a value that is neither answer. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (!"true".equals(reminders) && !"false".equals(reminders)) {
            errors.add("reminders", messages.get("preferences.reminders.missing"));
        }
        return errors;
    }

    boolean wanted() {
        return Boolean.parseBoolean(reminders);
    }
}
