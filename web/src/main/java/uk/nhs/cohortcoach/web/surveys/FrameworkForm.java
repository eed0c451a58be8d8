package uk.nhs.cohortcoach.web.surveys;

import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.NewFramework;
import uk.nhs.cohortcoach.web.page.FormErrors;

/**
 * The "create a maturity framework" form: a name, an optional identifier, and the version whose components
 * and statements it starts from ({@code frameworkId|number}). Its ids differ from the wave form's (both are on
 * one page). Public: its template reads it.
 */
public record FrameworkForm(String frameworkName, String newFrameworkId, String frameworkSource) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().input("frameworkName").input("newFrameworkId").input("frameworkSource");

    public FrameworkForm {
        frameworkName = frameworkName == null ? "" : frameworkName;
        newFrameworkId = newFrameworkId == null ? "" : newFrameworkId;
        frameworkSource = frameworkSource == null ? "" : frameworkSource;
    }

    static FrameworkForm empty(String source) {
        return new FrameworkForm("", "", source);
    }

    /** The source version as {@code [frameworkId, number]}, or null when none is chosen. */
    String[] source() {
        String[] parts = frameworkSource.split("\\|", 2);
        return parts.length == 2 && parts[1].matches("\\d{1,6}") ? parts : null;
    }

    NewFramework toApi(java.util.List<tools.jackson.databind.JsonNode> components) {
        return new NewFramework(newFrameworkId.isBlank() ? null : newFrameworkId.trim(), frameworkName.trim(), components);
    }

    /** The API's refusal on this form's fields. */
    static void addRefusal(FormErrors errors, ApiProblem problem) {
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            errors.add(switch (field) {
                case "name" -> "frameworkName";
                case "frameworkId" -> "newFrameworkId";
                case "" -> "";
                default -> "frameworkSource"; // the copied components
            }, error.message());
        }
        if (problem.errors().isEmpty()) {
            errors.addAll(problem);
        }
    }
}
