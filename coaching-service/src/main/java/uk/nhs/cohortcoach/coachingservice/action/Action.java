package uk.nhs.cohortcoach.coachingservice.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * Something agreed in a session: what, who owns it and by when. The owner is a person of the programme
 * ({@code ownerId}, with their name), or a named person outside it ({@code ownerName} only, as a session log may
 * record; or with {@code ownerEmail} when an action was reassigned to them, the one address they have, kept only
 * while the action is theirs to do: dropped when it is done or given to someone else).
 *
 * <p>Its life cycle: {@code OPEN} ⇄ {@code DONE}. An open action may be edited, reassigned and completed; a done one
 * only reopened (its text, due date and owner are the record of what was done). Each move returns the new action and
 * its event ({@link Change}) and refuses what the state forbids (409).
 */
@Document("actions")
public record Action(
        @Id String id,
        String sessionId,
        String cohortId,
        String collaborativeId,
        String description,
        String ownerId,
        String ownerName,
        String ownerEmail,
        LocalDate dueDate,
        ActionStatus status,
        LocalDate completedOn,
        @Version Long version) {

    /** A move of the action's life cycle: the action as it now is, and the event that says so (null: nothing changed). */
    public record Change(Action action, CoachingEvent event) {

        public boolean changed() {
            return event != null;
        }
    }

    /**
     * Who owns an action: a person of the programme by id (with the name the read model knows), or someone outside it
     * by name and email.
     */
    public record Owner(String id, String name, String email) {

        public static Owner person(String id, String name) {
            return new Owner(Objects.requireNonNull(id, "id"), name, null);
        }

        public static Owner outsider(String name, String email) {
            return new Owner(null, Objects.requireNonNull(name, "name"), Objects.requireNonNull(email, "email"));
        }

        boolean sameAs(Owner other) {
            return id != null ? id.equals(other.id) : other.id == null && email != null && email.equalsIgnoreCase(other.email);
        }
    }

    public boolean done() {
        return status == ActionStatus.DONE;
    }

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }

    public Owner owner() {
        return new Owner(ownerId, ownerName, ownerEmail);
    }

    /**
     * Done on {@code on} (not after {@code today}, Europe/London: 400 {@code completedOn}); an outside owner's email is
     * dropped. Refused when it is done already (409 {@code action-done}).
     */
    public Change complete(LocalDate on, LocalDate today, Instant now) {
        if (done()) {
            throw new ConflictException("The action was already completed on " + completedOn + ".", "action-done");
        }
        if (on.isAfter(today)) {
            throw InvalidFieldsException.of("completedOn", "The date the action was completed must be today or in the past");
        }
        // an outside owner's email was needed to send them the action; done, it is kept no longer
        Action completed = copy(description, ownerId, ownerName, null, dueDate, ActionStatus.DONE, on);
        return new Change(completed, new ActionCompleted(UUID.randomUUID(), now, id, collaborativeId, on));
    }

    /** Open again, owed by the same owner by the same due date. Refused when it is open (409 {@code action-open}). */
    public Change reopen(Instant now) {
        if (!done()) {
            throw new ConflictException("The action is open: only a done action can be reopened.", "action-open");
        }
        Action reopened = copy(description, ownerId, ownerName, ownerEmail, dueDate, ActionStatus.OPEN, null);
        return new Change(reopened, new ActionReopened(UUID.randomUUID(), now, id, collaborativeId, ownerId, description,
                dueDate, completedOn));
    }

    /**
     * A new text and/or due date (null keeps what it is). A due date that changes must not be before {@code today}
     * (400 {@code dueDate}, {@link DueDateRules}); an unchanged one stays even if it has passed, so the text of an
     * overdue action can be corrected. Nothing different: no change and no event. Refused for a done action (409
     * {@code action-done}: reopen it first).
     */
    public Change edit(String newDescription, LocalDate newDueDate, LocalDate today, Instant now) {
        if (done()) {
            throw new ConflictException("The action is done: reopen it before changing it.", "action-done");
        }
        String text = newDescription == null ? description : newDescription;
        LocalDate due = newDueDate == null ? dueDate : newDueDate;
        boolean dueChanged = !Objects.equals(due, dueDate);
        if (dueChanged) {
            DueDateRules.check("dueDate", due, today);
        }
        if (!dueChanged && Objects.equals(text, description)) {
            return new Change(this, null);
        }
        Action edited = copy(text, ownerId, ownerName, ownerEmail, due, status, completedOn);
        return new Change(edited, new ActionUpdated(UUID.randomUUID(), now, id, collaborativeId, ownerId, text, due, dueDate));
    }

    /**
     * Given to {@code newOwner} (whether they may own it is the caller's to check against the team). The previous
     * owner's email, if they were from outside, goes with them. The same owner again: no change and no event. Refused
     * for a done action (409 {@code action-done}: reopen it first).
     */
    public Change reassign(Owner newOwner, Instant now) {
        if (done()) {
            throw new ConflictException("The action is done: reopen it before giving it to someone else.", "action-done");
        }
        if (newOwner.sameAs(owner())) {
            return new Change(this, null);
        }
        Action reassigned = copy(description, newOwner.id(), newOwner.name(), newOwner.email(), dueDate, status, completedOn);
        return new Change(reassigned, new ActionReassigned(UUID.randomUUID(), now, id, sessionId, collaborativeId, ownerId,
                ownerName, newOwner.id(), newOwner.name(), newOwner.email(), description, dueDate));
    }

    /** This action with what a life-cycle move may change; where it was agreed never changes. */
    private Action copy(String newDescription, String newOwnerId, String newOwnerName, String newOwnerEmail, LocalDate newDueDate,
            ActionStatus newStatus, LocalDate newCompletedOn) {
        return new Action(id, sessionId, cohortId, collaborativeId, newDescription, newOwnerId, newOwnerName, newOwnerEmail,
                newDueDate, newStatus, newCompletedOn, version);
    }
}
