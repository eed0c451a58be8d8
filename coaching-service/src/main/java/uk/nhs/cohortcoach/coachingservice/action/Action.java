package uk.nhs.cohortcoach.coachingservice.action;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something agreed in a session: what, who owns it (a person id from the team, or a named owner),
 * and by when.
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
        LocalDate dueDate,
        ActionStatus status,
        LocalDate completedOn,
        @Version Long version) {

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
