package uk.nhs.cohortcoach.notificationservice.message.web;

import java.time.Instant;
import java.util.Map;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

/**
 * One delivery log entry. The personalisation is what the template is filled with (the survey link
 * is made when sending and never stored, so never shown).
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
        boolean retryable) {

    static MessageResponse of(Message m, String recipientName) {
        return new MessageResponse(m.id(), m.purpose(), m.recipientId(), recipientName, m.status(), m.attempts(), m.lastError(),
                m.eventId(), m.eventType(), m.eventOccurredAt(), m.subjectId(), m.dueAt(), m.createdAt(), m.updatedAt(),
                m.acceptedAt(), m.completedAt(), m.providerReference(), m.personalisation(), m.status().isFailure());
    }
}
