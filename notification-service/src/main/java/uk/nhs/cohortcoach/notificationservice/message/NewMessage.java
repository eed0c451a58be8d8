package uk.nhs.cohortcoach.notificationservice.message;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message an event asks for, before it is stored. Its identity is (source, recipient, purpose):
 * storing the same three twice stores one message, which is how a redelivered or replayed event
 * never sends a second email.
 *
 * @param source          what the message is owed for: the event id for messages an event causes
 *                        directly; for a reminder, the thing and time it reminds of (e.g.
 *                        {@code session:<id>@<startsAt>}), so a moved session owes a new reminder
 * @param recipientId     the person (cohort-service's id); their address is looked up when it is sent
 * @param purpose         why it is sent (its template)
 * @param subjectId       the session, action or invitation it is about, by which pending messages are withdrawn
 * @param eventId         the event that caused it
 * @param eventType       that event's type, e.g. {@code SessionScheduled}
 * @param eventOccurredAt when that event happened (the latency metric starts there)
 * @param dueAt           when to send: now for notices, later for reminders
 * @param personalisation the template's fields, except {@code name} (added when sent) and the survey link
 * @param invitationId    for survey messages, the invitation whose personal link is added when sent (the
 *                        link's token is never stored); null otherwise
 */
public record NewMessage(
        String source,
        String recipientId,
        Purpose purpose,
        String subjectId,
        String eventId,
        String eventType,
        Instant eventOccurredAt,
        Instant dueAt,
        Map<String, String> personalisation,
        String invitationId) {

    public NewMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(dueAt, "dueAt");
        personalisation = personalisation == null ? Map.of() : Map.copyOf(personalisation);
    }

    /** The stored message's id: a name-based UUID of (source, recipient, purpose). */
    public String id() {
        return MessageIds.of(source, recipientId, purpose);
    }
}
