package uk.nhs.cohortcoach.coachingservice.action.web;

import java.time.LocalDate;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;

/**
 * An action as the API shows it; {@code overdue} is judged against today in Europe/London. Send {@code version} back to
 * change it. {@code ownerEmail} is an outside owner's address, shown only to those who may change the action
 * ({@code mayChange}: programme managers and the collaborative's coaches), null otherwise and for a person of the
 * programme.
 */
public record ActionResponse(String id, String sessionId, String collaborativeId, String description, String ownerId,
        String ownerName, String ownerEmail, LocalDate dueDate, ActionStatus status, LocalDate completedOn, boolean overdue,
        boolean mayChange, long version) {

    /** As shown to someone who may not change it (no outside owner's email). */
    public static ActionResponse of(Action action, LocalDate today) {
        return of(action, today, false);
    }

    public static ActionResponse of(Action action, LocalDate today, boolean mayChange) {
        return new ActionResponse(action.id(), action.sessionId(), action.collaborativeId(), action.description(),
                action.ownerId(), action.ownerName(), mayChange ? action.ownerEmail() : null, action.dueDate(), action.status(),
                action.completedOn(), action.overdue(today), mayChange, action.version() == null ? 0 : action.version());
    }
}
