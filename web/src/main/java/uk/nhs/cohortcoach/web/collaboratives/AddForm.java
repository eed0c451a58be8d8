package uk.nhs.cohortcoach.web.collaboratives;

import uk.nhs.cohortcoach.web.api.Joining;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * "Add someone already registered": {@code name} is what was searched for (kept so the choice is shown
 * again), then the person chosen, their leadership role and when they joined (blank: today). Public: its
 * template reads it.
 */
public record AddForm(String name, String personId, String leadershipRole, DateInput joinedOn) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().input("name").input("personId").input("leadershipRole").date("joinedOn");

    public AddForm {
        name = name == null ? "" : name.trim();
        personId = personId == null ? "" : personId;
        leadershipRole = leadershipRole == null ? "" : leadershipRole;
        joinedOn = joinedOn == null ? DateInput.empty() : joinedOn;
    }

    /** Nothing chosen, no role, a date that is not one. */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (personId.isEmpty()) {
            errors.add("personId", messages.get("team.personId.missing"));
        }
        if (leadershipRole.isEmpty()) {
            errors.add("leadershipRole", messages.get("team.leadershipRole.missing"));
        }
        String date = joinedOn.problem("Joined on", messages);
        if (date != null) {
            errors.add("joinedOn", date);
        }
        return errors;
    }

    Joining toApi() {
        return new Joining(personId, leadershipRole, joinedOn.date());
    }
}
