package uk.nhs.cohortcoach.notificationservice.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.preference.Preference;

/**
 * What erasing a person does here: messages not yet sent are withdrawn, every message to them loses
 * its content (the address was never stored in a message; the people read model that held it is
 * dropped by its own consumer), their preferences and survey invitation views are deleted. The log
 * rows stay under the person's id, a pseudonym now, so delivery counts still add up. Idempotent.
 */
@Component
class NotificationErasure {

    static final String WITHDRAWN_REASON = "the person was erased";
    private static final String INVITATIONS = "invitations";

    private final MongoTemplate mongo;
    private final Clock clock;

    NotificationErasure(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void erase(String personId) {
        Instant now = clock.instant();
        mongo.updateMulti(Query.query(Criteria.where("recipientId").is(personId).and("status").is(DeliveryStatus.PENDING)),
                new Update().set("status", DeliveryStatus.WITHDRAWN).set("lastError", WITHDRAWN_REASON).set("completedAt", now)
                        .set("updatedAt", now).unset("claimedUntil").unset("claimedBy").inc("version", 1),
                Message.class);
        mongo.updateMulti(Query.query(Criteria.where("recipientId").is(personId)
                .orOperator(Criteria.where("personalisation").exists(true), Criteria.where("invitationId").exists(true))),
                withoutContent(now), Message.class);
        mongo.remove(Query.query(Criteria.where("_id").is(personId)), Preference.class);
        mongo.remove(Query.query(Criteria.where("personId").is(personId)), INVITATIONS);
    }

    /** The update that removes a message's content and says so (a new version, so a send in flight sees the change). */
    static Update withoutContent(Instant now) {
        return new Update().unset("personalisation").unset("invitationId").set("updatedAt", now).inc("version", 1);
    }

}
