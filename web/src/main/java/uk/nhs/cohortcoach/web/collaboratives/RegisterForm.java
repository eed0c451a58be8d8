package uk.nhs.cohortcoach.web.collaboratives;

import java.util.List;
import java.util.Locale;
import uk.nhs.cohortcoach.web.api.Joining;
import uk.nhs.cohortcoach.web.api.NewPerson;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/** "Register someone new and add them": the person (registered as a participant), their leadership role, when they joined. Public: its template reads it. */
public record RegisterForm(String name, String email, String jobTitle, String organisationOdsCode, String leadershipRole, DateInput joinedOn) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().input("name").input("email").input("jobTitle").input("organisationOdsCode")
            .input("leadershipRole").date("joinedOn");

    public RegisterForm {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        jobTitle = jobTitle == null ? "" : jobTitle;
        organisationOdsCode = organisationOdsCode == null ? "" : organisationOdsCode;
        leadershipRole = leadershipRole == null ? "" : leadershipRole;
        joinedOn = joinedOn == null ? DateInput.empty() : joinedOn;
    }

    static RegisterForm empty() {
        return new RegisterForm("", "", "", "", "", DateInput.empty());
    }

    /** What must be right before anyone is registered: a role (else they would be registered and not added), a real date. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (leadershipRole.isEmpty()) {
            errors.add("leadershipRole", messages.get("team.leadershipRole.missing"));
        }
        String date = joinedOn.problem("Joined on", messages);
        if (date != null) {
            errors.add("joinedOn", date);
        }
        return errors;
    }

    NewPerson person() {
        return new NewPerson(name.trim(), email.trim(), blankToNull(jobTitle), blankToNull(organisationOdsCode.toUpperCase(Locale.UK)),
                List.of("PARTICIPANT"));
    }

    Joining joining(String personId) {
        return new Joining(personId, leadershipRole, joinedOn.date());
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
