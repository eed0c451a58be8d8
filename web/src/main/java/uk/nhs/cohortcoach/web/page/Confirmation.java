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
 */
public record Confirmation(String title, List<String> dependents, String refusal, String action, String button, String back) {

    public Confirmation {
        dependents = List.copyOf(dependents);
    }
}
