package uk.nhs.cohortcoach.coachingservice.action;

/** What to list: any of collaborative, owner, status and overdue (open and past due, Europe/London); null means any. */
public record ActionFilter(String collaborativeId, String ownerId, ActionStatus status, Boolean overdue) {
}
