package uk.nhs.cohortcoach.notificationservice.message.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.cohortcoach.notificationservice.message.Attempt;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

/**
 * One delivery log entry. The personalisation is what the template is filled with (the survey link
 * is made when sending and never stored, so never shown). One entry read by its id also has its {@code content} (the
 * email's fields as sent, every personal link replaced by words) and its {@code history} of attempts; a list has neither.
 */
record MessageResponse(
        String id,
        Purpose purpose,
        String recipientId,
        String recipientName,
        DeliveryStatus status,
        int attempts,
        String lastError,
        String eventId,
        String eventType,
        Instant eventOccurredAt,
        String subjectId,
        Instant dueAt,
        Instant createdAt,
        Instant updatedAt,
        Instant acceptedAt,
        Instant completedAt,
        String providerReference,
        Map<String, String> personalisation,
        boolean retryable,
        ContentResponse content,
        List<AttemptResponse> history) {

    static MessageResponse of(Message m, String recipientName) {
        return new MessageResponse(m.id(), m.purpose(), m.recipientId(), recipientName, m.status(), m.attempts(), m.lastError(),
                m.eventId(), m.eventType(), m.eventOccurredAt(), m.subjectId(), m.dueAt(), m.createdAt(), m.updatedAt(),
                m.acceptedAt(), m.completedAt(), m.providerReference(), m.personalisation(), m.status().isFailure(), null, null);
    }

    /** One entry with what the email says (the credentials replaced by words; null once the content is gone) and its attempts. */
    static MessageResponse detail(Message m, String recipientName, Optional<Map<String, String>> shown) {
        MessageResponse entry = of(m, recipientName);
        return new MessageResponse(entry.id(), entry.purpose(), entry.recipientId(), entry.recipientName(), entry.status(),
                entry.attempts(), entry.lastError(), entry.eventId(), entry.eventType(), entry.eventOccurredAt(), entry.subjectId(),
                entry.dueAt(), entry.createdAt(), entry.updatedAt(), entry.acceptedAt(), entry.completedAt(),
                entry.providerReference(), entry.personalisation(), entry.retryable(),
                shown.map(fields -> new ContentResponse(m.purpose().templateKey(), fields.entrySet().stream()
                        .map(field -> new FieldResponse(field.getKey(), field.getValue())).toList())).orElse(null),
                m.history().stream().map(a -> new AttemptResponse(a.at(), a.channel(), a.outcome(), a.error())).toList());
    }

    /**
     * What the email's template was filled with, field by field, as the channel was given it: the template's key (the
     * wording of each template lives in GOV.UK Notify) and each field, personal links replaced by words.
     */
    record ContentResponse(String template, List<FieldResponse> fields) {
    }

    /** One field of the email. */
    record FieldResponse(String name, String value) {
    }

    /** One attempt to send it, or Notify's receipt: when, channel ({@code notify}, {@code log}; null when nothing was handed over), outcome, error in words. */
    record AttemptResponse(Instant at, String channel, Attempt.Outcome outcome, String error) {
    }
}
