package uk.nhs.cohortcoach.notificationservice.trigger;

import java.util.Objects;
import java.util.Set;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

/**
 * Pending messages about a subject that are no longer wanted.
 *
 * @param subjectId   the session, action or invitation
 * @param purposes    which of its messages
 * @param keepSources sources to leave alone: the replacements the same event owes (so handling an
 *                    event twice never withdraws what it enqueued the first time)
 * @param reason      recorded on each withdrawn message
 */
public record Withdrawal(String subjectId, Set<Purpose> purposes, Set<String> keepSources, String reason) {

    public Withdrawal {
        Objects.requireNonNull(subjectId, "subjectId");
        purposes = Set.copyOf(purposes);
        keepSources = keepSources == null ? Set.of() : Set.copyOf(keepSources);
        Objects.requireNonNull(reason, "reason");
    }

    public static Withdrawal of(String subjectId, Set<Purpose> purposes, String reason) {
        return new Withdrawal(subjectId, purposes, Set.of(), reason);
    }
}
