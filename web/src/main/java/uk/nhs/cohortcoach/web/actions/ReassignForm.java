package uk.nhs.cohortcoach.web.actions;

import uk.nhs.cohortcoach.web.api.Action;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * "Give it to someone else", as posted: {@code to} is {@code TEAM} (then {@code ownerId}, someone in the team or
 * one of its coaches) or {@code OUTSIDE} (then {@code ownerName} and {@code ownerEmail}). Public: its template reads it.
 */
public record ReassignForm(String to, String ownerId, String ownerName, String ownerEmail, long version) {

    static final String TEAM = "TEAM";
    static final String OUTSIDE = "OUTSIDE";

    static final FormErrors.Fields FIELDS = FormErrors.fields().choice("to").input("ownerId").input("ownerName").input("ownerEmail");

    public ReassignForm {
        to = to == null ? "" : to;
        ownerId = ownerId == null ? "" : ownerId;
        ownerName = ownerName == null ? "" : ownerName.trim();
        ownerEmail = ownerEmail == null ? "" : ownerEmail.trim();
    }

    static ReassignForm of(Action action) {
        return new ReassignForm(TEAM, "", "", "", action.version());
    }

    boolean outside() {
        return OUTSIDE.equals(to);
    }

    /** The choice of who, and what that choice needs, before the API is asked (as the old page did). */
    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        if (!TEAM.equals(to) && !OUTSIDE.equals(to)) {
            errors.add("to", messages.get("action.to.missing"));
        } else if (outside()) {
            if (ownerName.isEmpty()) {
                errors.add("ownerName", messages.get("action.ownerName.missing"));
            }
            if (ownerEmail.isEmpty()) {
                errors.add("ownerEmail", messages.get("action.ownerEmail.missing"));
            }
        } else if (ownerId.isEmpty()) {
            errors.add("ownerId", messages.get("action.ownerId.missing"));
        }
        return errors;
    }
}
