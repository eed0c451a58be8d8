package uk.nhs.cohortcoach.web.actions;

import uk.nhs.cohortcoach.web.api.Action;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/** "Change what or by when", as posted. Public: its template reads it. */
public record EditForm(String description, DateInput dueDate, long version) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().input("description").date("dueDate");

    public EditForm {
        description = description == null ? "" : description;
        dueDate = dueDate == null ? DateInput.empty() : dueDate;
    }

    static EditForm of(Action action) {
        return new EditForm(action.description(), DateInput.of(action.dueDate()), action.version());
    }

    /** What can be told before asking the API: a due date left out (it would silently stay as it was) or not real. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (dueDate.blank()) {
            errors.add("dueDate", messages.get("action.dueDate.missing"));
        } else {
            String problem = dueDate.problem("Due date", messages);
            if (problem != null) {
                errors.add("dueDate", problem);
            }
        }
        return errors;
    }
}
