package uk.nhs.cohortcoach.web.events;

import uk.nhs.cohortcoach.web.api.OpenEventApi;
import uk.nhs.cohortcoach.web.page.FormErrors;

/**
 * "Register for this event" as typed, so a refused form comes back as it was left. Whether a field is needed, and
 * whether the organisation is a member, is hub-service's to say. Public: its template reads it.
 */
public record RegistrationForm(String name, String email, String odsCode, String jobRole) {

    /** The fields in the order the form shows them. */
    static final FormErrors.Fields FIELDS = FormErrors.fields().input("name").input("email").input("odsCode").input("jobRole");

    public RegistrationForm {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        odsCode = odsCode == null ? "" : odsCode;
        jobRole = jobRole == null ? "" : jobRole;
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "");
    }

    OpenEventApi.NewRegistration toApi() {
        return new OpenEventApi.NewRegistration(blankIsNull(name), blankIsNull(email), blankIsNull(odsCode), blankIsNull(jobRole));
    }

    static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
