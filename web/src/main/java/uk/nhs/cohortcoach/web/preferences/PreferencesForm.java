package uk.nhs.cohortcoach.web.preferences;

import uk.nhs.cohortcoach.web.api.Preference;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * The preferences form as posted: {@code reminders} and {@code newResources} are each "true" (Yes), "false" (No) or
 * nothing chosen. Public: its template reads it.
 */
public record PreferencesForm(String reminders, String newResources) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().choice("reminders").choice("newResources");

    public PreferencesForm {
        reminders = reminders == null ? "" : reminders;
        newResources = newResources == null ? "" : newResources;
    }

    /** The saved answers, checked. */
    static PreferencesForm of(Preference preference) {
        return new PreferencesForm(String.valueOf(preference.reminders()), String.valueOf(preference.newResources()));
    }

    /** Each question with nothing chosen, or a value that is neither answer. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (!isAnswer(reminders)) {
            errors.add("reminders", messages.get("preferences.reminders.missing"));
        }
        if (!isAnswer(newResources)) {
            errors.add("newResources", messages.get("preferences.newResources.missing"));
        }
        return errors;
    }

    boolean wantsReminders() {
        return Boolean.parseBoolean(reminders);
    }

    boolean wantsNewResources() {
        return Boolean.parseBoolean(newResources);
    }

    private static boolean isAnswer(String value) {
        return "true".equals(value) || "false".equals(value);
    }
}
