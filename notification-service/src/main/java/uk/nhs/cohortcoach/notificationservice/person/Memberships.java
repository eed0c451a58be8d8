package uk.nhs.cohortcoach.notificationservice.person;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Team membership as the people read model knows it. Besides {@code currentCollaborativeIds} each
 * person document keeps {@code leftCollaborativeIds}: the teams they left and have not rejoined.
 */
@Component
public class Memberships {

    static final String CURRENT = "currentCollaborativeIds";
    static final String LEFT = "leftCollaborativeIds";

    private final MongoTemplate mongo;

    Memberships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * True when the person is known to have left the collaborative's team (and not rejoined). An
     * unknown person, or one whose joining has not arrived yet, has not left.
     */
    public boolean hasLeft(String personId, String collaborativeId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(personId).and(LEFT).is(collaborativeId)
                .and(CURRENT).ne(collaborativeId)), Person.class);
    }
}
