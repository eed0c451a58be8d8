package uk.nhs.cohortcoach.web.page;

import java.util.List;

/**
 * The confirmation page before a destructive action (template {@code confirm}): {@code GET} shows it,
 * the form POSTs to {@code action} which does it. {@code dependents} says what goes with it or stops it;
 * when {@code refusal} is set the action is not possible now and only the way back is offered.
 *
 * @param title      the page's heading, a question: "Are you sure you want to delete cohort Phase 3?"
 * @param dependents what depends on it, in words ("2 collaboratives"); empty when nothing does
 * @param refusal    why it cannot be done now (from the API), or null
 * @param action     where the form POSTs
 * @param button     the warning button's text: "Delete cohort"
 * @param back       where "Cancel" goes
 * @param note       a paragraph saying what happens, or null ("They stay in the team's history.")
 * @param warning    the warning text next to the button, or null for none: "You cannot undo this." unless
 *                   it can be undone
 */
public record Confirmation(String title, List<String> dependents, String refusal, String action, String button, String back,
        String note, String warning) {

    public Confirmation {
        dependents = List.copyOf(dependents);
    }

    /** A confirmation of something that cannot be undone, with no note. */
    public Confirmation(String title, List<String> dependents, String refusal, String action, String button, String back) {
        this(title, dependents, refusal, action, button, back, null, "You cannot undo this.");
    }
}
