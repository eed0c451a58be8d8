package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One message of the delivery log as {@code GET /api/notifications/{id}} answers it: the entry, what the email said
 * ({@code content}: its template and fields, personal links already replaced by words; null once the content is gone)
 * and its {@code history} of attempts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryLogMessage(String id, String purpose, String recipientId, String recipientName, String status, int attempts,
        String lastError, Instant dueAt, Instant createdAt, Instant updatedAt, Instant completedAt, boolean retryable,
        Content content, List<Attempt> history) {

    public DeliveryLogMessage {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The entry as the log lists it (its status tag, its recipient in words, whether it may be sent again). */
    public NotificationEntry entry() {
        return new NotificationEntry(id, purpose, recipientId, recipientName, status, attempts, lastError, dueAt, createdAt, updatedAt,
                completedAt, null, retryable);
    }

    /** The template's key and its fields in the order the API gives them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String template, List<Field> fields) {

        public Content {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** One field of the email. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String name, String value) {
    }

    /** One attempt: when, through which channel (null when nothing was handed over), what came of it, why it failed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attempt(Instant at, String channel, String outcome, String error) {

        /** "Accepted by GOV.UK Notify", "Delivered", "Will be tried again", "Failed". */
        public String outcomeInWords() {
            return switch (outcome == null ? "" : outcome) {
                case "ACCEPTED" -> "Accepted by GOV.UK Notify";
                case "DELIVERED" -> "Delivered";
                case "TRY_AGAIN" -> "Not sent: will be tried again";
                case "FAILED" -> "Failed";
                default -> outcome == null ? "" : outcome;
            };
        }

        /** "GOV.UK Notify", "Log (not sent)", or "None" when nothing was handed over. */
        public String channelInWords() {
            return switch (channel == null ? "" : channel) {
                case "notify" -> "GOV.UK Notify";
                case "log" -> "Log (not sent)";
                case "" -> "None";
                default -> channel;
            };
        }
    }
}
