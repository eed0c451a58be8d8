package uk.nhs.cohortcoach.web.cohorts;

import uk.nhs.cohortcoach.web.api.NewCohort;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * The "create a cohort" form as posted, every value as typed so a refused form is shown again as the
 * person left it. Public: its template reads it.
 */
public record CohortForm(String name, String phase, String description, DateInput startDate, DateInput endDate) {

    /** The fields in the order the form shows them: the error summary follows it. */
    static final FormErrors.Fields FIELDS = FormErrors.fields()
            .input("name").input("phase").input("description").date("startDate").date("endDate");

    public CohortForm {
        name = name == null ? "" : name;
        phase = phase == null ? "" : phase.trim();
        description = description == null ? "" : description;
        startDate = startDate == null ? DateInput.empty() : startDate;
        endDate = endDate == null ? DateInput.empty() : endDate;
    }

    static CohortForm empty() {
        return new CohortForm("", "", "", DateInput.empty(), DateInput.empty());
    }

    /** What the form can tell before asking the API: a phase that is not a number, a date that is not one. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (!phase.isEmpty() && phaseNumber() == null) {
            errors.add("phase", messages.get("number.notNumber", "Phase", "3"));
        }
        String start = startDate.problem("Start date", messages);
        if (start != null) {
            errors.add("startDate", start);
        }
        String end = endDate.problem("End date", messages);
        if (end != null) {
            errors.add("endDate", end);
        }
        return errors;
    }

    NewCohort toApi() {
        return new NewCohort(name.trim(), phaseNumber(), description.isBlank() ? null : description.trim(),
                startDate.date(), endDate.date());
    }

    private Integer phaseNumber() {
        try {
            return phase.isEmpty() ? null : Integer.valueOf(phase);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
