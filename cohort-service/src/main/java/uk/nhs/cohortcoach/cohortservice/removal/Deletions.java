package uk.nhs.cohortcoach.cohortservice.removal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;

/**
 * Removes a cohort or collaborative with its event: first the tombstone ({@link Deletion}) is written with
 * the event through the outbox, then the document itself is removed. A crash between the two leaves the
 * document in place with its deletion already published; deleting again finds the tombstone, publishes
 * nothing more and removes the document.
 */
@Service
public class Deletions {

    private final Outbox outbox;
    private final MongoTemplate mongo;

    Deletions(Outbox outbox, MongoTemplate mongo) {
        this.outbox = outbox;
        this.mongo = mongo;
    }

    public void remove(Class<?> documentClass, Deletion tombstone, DomainEvent deleted) {
        try {
            outbox.insert(tombstone, deleted);
        } catch (DuplicateKeyException alreadyRecorded) {
            // an earlier attempt published the deletion and stopped before removing the document
        }
        mongo.remove(Query.query(Criteria.where("_id").is(tombstone.id())), documentClass);
    }
}
