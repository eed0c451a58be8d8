package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** One entry of notification-service's delivery log (only what the pages use). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationEntry(String id, String purpose, String recipientId, String recipientName, String status, int attempts,
        String lastError, Instant dueAt, Instant createdAt, Instant updatedAt, Instant completedAt,
        Map<String, Object> personalisation, boolean retryable) {

    /** The statuses a manager may send again from. */
    public static final Set<String> FAILED = Set.of("PERMANENT_FAILURE", "TEMPORARY_FAILURE", "TECHNICAL_FAILURE");

    public NotificationEntry {
        personalisation = personalisation == null ? Map.of() : personalisation;
    }

    public boolean canRetry() {
        return retryable || FAILED.contains(status);
    }

    /** What the message is about: a session's title, an action's description or a wave's label; empty if none. */
    public String subject() {
        for (String key : new String[] {"title", "description", "wave_label"}) {
            Object value = personalisation.get(key);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return "";
    }

    /** The recipient's name, or their id while the name is not known yet. */
    public String recipient() {
        return recipientName == null || recipientName.isBlank() ? recipientId : recipientName;
    }

    /** The GOV.UK tag colour of a status. */
    public String statusTagClass() {
        return switch (status == null ? "" : status) {
            case "PENDING" -> "govuk-tag--yellow";
            case "SENDING" -> "govuk-tag--light-blue";
            case "DELIVERED" -> "govuk-tag--green";
            case "PERMANENT_FAILURE", "TECHNICAL_FAILURE" -> "govuk-tag--red";
            case "TEMPORARY_FAILURE" -> "govuk-tag--orange";
            default -> "govuk-tag--grey";
        };
    }
}
