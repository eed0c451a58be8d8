package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message owed to one person, and its delivery log: status, attempts, last error, timestamps.
 * Written only through {@link Messages}; its id is derived from (source, recipient, purpose), see {@link NewMessage}.
 *
 * @param providerReference GOV.UK Notify's notification id once accepted (or the log channel's)
 * @param claimedUntil      while a dispatcher is handing it to the provider, the end of its claim;
 *                          another instance may take it only after that
 */
@Document("messages")
@CompoundIndex(name = "due", def = "{'status': 1, 'dueAt': 1}")
public record Message(
        @Id String id,
        String source,
        Purpose purpose,
        @Indexed String recipientId,
        @Indexed String subjectId,
        @Indexed String eventId,
        String eventType,
        Instant eventOccurredAt,
        Instant dueAt,
        Map<String, String> personalisation,
        String invitationId,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant acceptedAt,
        Instant completedAt,
        @Indexed(sparse = true) String providerReference,
        Instant claimedUntil,
        String claimedBy,
        @Version Long version) {

    public Message {
        personalisation = personalisation == null ? Map.of() : Map.copyOf(personalisation);
    }

    static Message pending(NewMessage m, Instant now) {
        return new Message(m.id(), m.source(), m.purpose(), m.recipientId(), m.subjectId(), m.eventId(), m.eventType(),
                m.eventOccurredAt(), m.dueAt(), m.personalisation(), m.invitationId(), DeliveryStatus.PENDING, 0, null,
                now, now, null, null, null, null, null, null);
    }
}
