package uk.nhs.cohortcoach.web.cohorts;

import java.time.DateTimeException;
import java.time.LocalDate;
import uk.nhs.cohortcoach.web.page.FormErrors;

/**
 * The "create a cohort" form as posted: every value as typed, so a refused form is shown again as the
 * person left it. Dates are GOV.UK date inputs (day, month, year).
 */
public record CohortForm(String name, String phase, String description, String startDateDay, String startDateMonth,
        String startDateYear, String endDateDay, String endDateMonth, String endDateYear) {

    public CohortForm {
        name = orEmpty(name);
        phase = orEmpty(phase);
        description = orEmpty(description);
        startDateDay = orEmpty(startDateDay);
        startDateMonth = orEmpty(startDateMonth);
        startDateYear = orEmpty(startDateYear);
        endDateDay = orEmpty(endDateDay);
        endDateMonth = orEmpty(endDateMonth);
        endDateYear = orEmpty(endDateYear);
    }

    static CohortForm empty() {
        return new CohortForm("", "", "", "", "", "", "", "", "");
    }

    /** The phase as a number, or null when it is not one (the API then says it is required). */
    Integer phaseNumber() {
        try {
            return phase.isBlank() ? null : Integer.valueOf(phase.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    LocalDate startDate() {
        return date(startDateDay, startDateMonth, startDateYear);
    }

    LocalDate endDate() {
        return date(endDateDay, endDateMonth, endDateYear);
    }

    /** What the form itself can tell before asking the API: a phase or date that is not one. */
    FormErrors check() {
        FormErrors errors = FormErrors.none();
        if (!phase.isBlank() && phaseNumber() == null) {
            errors = errors.with("phase", "Phase must be a number, like 3");
        }
        if (typed(startDateDay, startDateMonth, startDateYear) && startDate() == null) {
            errors = errors.with("startDate-day", "Start date must be a real date");
        }
        if (typed(endDateDay, endDateMonth, endDateYear) && endDate() == null) {
            errors = errors.with("endDate-day", "End date must be a real date");
        }
        return errors;
    }

    private static boolean typed(String... parts) {
        for (String part : parts) {
            if (!part.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
