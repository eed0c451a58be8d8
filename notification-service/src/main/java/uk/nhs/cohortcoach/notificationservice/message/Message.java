package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        @Indexed(sparse = true) Instant completedAt,
        @Indexed(sparse = true) String providerReference,
        Instant claimedUntil,
        String claimedBy,
        @Version Long version,
        List<Attempt> history) {

    /** At most this many attempts are kept (the latest): enough to see what went wrong, bounded however often it is retried. */
    public static final int HISTORY_LIMIT = 20;

    public Message {
        personalisation = personalisation == null ? Map.of() : Map.copyOf(personalisation);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The same state with one more attempt in its history (the oldest dropped beyond {@link #HISTORY_LIMIT}). */
    public Message withAttempt(Attempt attempt) {
        List<Attempt> more = new ArrayList<>(history);
        more.add(attempt);
        List<Attempt> kept = more.size() > HISTORY_LIMIT ? more.subList(more.size() - HISTORY_LIMIT, more.size()) : more;
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, dueAt,
                personalisation, invitationId, status, attempts, lastError, createdAt, updatedAt, acceptedAt, completedAt,
                providerReference, claimedUntil, claimedBy, version, kept);
    }

    /** Handed to the provider, which took it (and delivered it, for the log channel). */
    public Message accepted(String reference, boolean delivered, Instant now) {
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, dueAt,
                personalisation, invitationId, delivered ? DeliveryStatus.DELIVERED : DeliveryStatus.SENDING, attempts + 1, null,
                createdAt, now, now, delivered ? now : null, reference, null, null, version, history);
    }

    /** Settled as a failure (or, for {@code WITHDRAWN}, not sent), with the reason. */
    public Message ended(DeliveryStatus end, String reason, boolean attempted, Instant now) {
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, dueAt,
                personalisation, invitationId, end, attempted ? attempts + 1 : attempts, reason, createdAt, now, acceptedAt, now,
                providerReference, null, null, version, history);
    }

    /** Could not be handed over now; stays pending until {@code next}. */
    public Message later(String reason, Instant next, boolean attempted, Instant now) {
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, next,
                personalisation, invitationId, DeliveryStatus.PENDING, attempted ? attempts + 1 : attempts, reason, createdAt, now,
                acceptedAt, null, providerReference, null, null, version, history);
    }

    /** Notify's delivery receipt settled it (kept in the history as Notify's last word on it). */
    public Message settled(DeliveryStatus end, Instant completed, Instant now) {
        String error = end == DeliveryStatus.DELIVERED ? null : "Notify: " + end.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, dueAt,
                personalisation, invitationId, end, attempts, error, createdAt, now, acceptedAt, completed, providerReference, null,
                null, version, history)
                .withAttempt(new Attempt(completed, "notify", end == DeliveryStatus.DELIVERED ? Attempt.Outcome.DELIVERED
                        : Attempt.Outcome.FAILED, error));
    }

    /** A programme manager asked for a failed message to be sent again: pending, due now, attempts counted afresh. */
    public Message retried(Instant now) {
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, now,
                personalisation, invitationId, DeliveryStatus.PENDING, 0, lastError, createdAt, now, null, null, null,
                null, null, version, history);
    }

    /** Without its content (the personalisation and the invitation it links to): erased, or past its retention. */
    public Message withoutContent() {
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, dueAt,
                Map.of(), null, status, attempts, lastError, createdAt, updatedAt, acceptedAt, completedAt,
                providerReference, claimedUntil, claimedBy, version, history);
    }

    /** The same state over another stored version (to write an outcome over a change made meanwhile). */
    public Message withVersion(Long otherVersion) {
        return new Message(id, source, purpose, recipientId, subjectId, eventId, eventType, eventOccurredAt, dueAt,
                personalisation, invitationId, status, attempts, lastError, createdAt, updatedAt, acceptedAt, completedAt,
                providerReference, claimedUntil, claimedBy, otherVersion, history);
    }

    static Message pending(NewMessage m, Instant now) {
        return new Message(m.id(), m.source(), m.purpose(), m.recipientId(), m.subjectId(), m.eventId(), m.eventType(),
                m.eventOccurredAt(), m.dueAt(), m.personalisation(), m.invitationId(), DeliveryStatus.PENDING, 0, null,
                now, now, null, null, null, null, null, null, List.of());
    }
}
