package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * An action agreed in a coaching session, as coaching-service's {@code /api/actions} shows it: {@code overdue}
 * judged in Europe/London, {@code mayChange} whether the caller may edit and reassign it, {@code ownerEmail}
 * an outside owner's address (only to those who may change it); {@code version} goes back with every change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Action(String id, String sessionId, String collaborativeId, String description, String ownerId,
        String ownerName, String ownerEmail, LocalDate dueDate, String status, LocalDate completedOn, boolean overdue,
        boolean mayChange, long version) {

    public boolean done() {
        return "DONE".equals(status);
    }
}
