package uk.nhs.cohortcoach.web.actions;

import uk.nhs.cohortcoach.web.api.Action;

/**
 * One action as the list shows it. Public: its template reads it.
 *
 * @param action        the action
 * @param owner         its owner in words ("Priya Nair", "Sam Lee (sam@example.org, outside the team)")
 * @param collaborative the collaborative's name
 * @param mayMove       whether this person may mark it done or reopen it (they may change it, or it is theirs)
 */
public record ActionRow(Action action, String owner, String collaborative, boolean mayMove) {
}
