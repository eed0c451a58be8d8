package uk.nhs.cohortcoach.coachingservice.action.web;

import java.time.LocalDate;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;

/** An action as the API shows it; {@code overdue} is judged against today in Europe/London. Send {@code version} back to complete it. */
public record ActionResponse(String id, String sessionId, String collaborativeId, String description, String ownerId,
        String ownerName, LocalDate dueDate, ActionStatus status, LocalDate completedOn, boolean overdue, long version) {

    public static ActionResponse of(Action action, LocalDate today) {
        return new ActionResponse(action.id(), action.sessionId(), action.collaborativeId(), action.description(),
                action.ownerId(), action.ownerName(), action.dueDate(), action.status(), action.completedOn(),
                action.overdue(today), action.version() == null ? 0 : action.version());
    }
}
