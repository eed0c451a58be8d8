package uk.nhs.cohortcoach.notificationservice.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.Person;

/** Stored state for tests: people in the read model and messages in a given state. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A person in the read model with a unique address; returns their id. */
    public static String person(MongoTemplate mongo, String name) {
        String id = "person-" + UUID.randomUUID();
        mongo.save(new Person(id, name, id + "@example.nhs.uk", Set.of("PARTICIPANT"), List.of()));
        return id;
    }

    public static String emailOf(String personId) {
        return personId + "@example.nhs.uk";
    }

    /** A message already in the given state (not due: its due time is in the past but only PENDING ones are sent). */
    public static Message message(MongoTemplate mongo, String recipientId, DeliveryStatus status, String providerReference) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String eventId = UUID.randomUUID().toString();
        Message message = new Message(UUID.randomUUID().toString(), eventId, Purpose.ACTION_ASSIGNED, recipientId, "action-" + eventId,
                eventId, "ActionAssigned", now.minusSeconds(60), now.minusSeconds(60), Map.of("description", "Share the equity data"),
                null, status, 1, status.isFailure() ? "rejected by the provider (HTTP 400): email_address Not a valid email address" : null,
                now.minusSeconds(60), now.minusSeconds(30), providerReference == null ? null : now.minusSeconds(30), null,
                providerReference, null, null, 0L, null);
        mongo.insert(message);
        return message;
    }
}
