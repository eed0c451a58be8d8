package uk.nhs.cohortcoach.surveyservice.privacy;

import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;

/**
 * Pseudonymises a person's invitations: each gets its own random {@code personId} (so two waves'
 * invitations cannot be tied together again) and a random {@code tokenHash} (the emailed link stops
 * working), and an unsent draft is removed. Wave, team, role category, status and times stay, so
 * response rates still add up. Running it again finds nothing left to change.
 */
@Component
class SurveyErasure {

    static final String PSEUDONYM_PREFIX = "erased-";

    private final MongoTemplate mongo;

    SurveyErasure(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    int erase(String personId) {
        int changed = 0;
        for (Invitation invitation : mongo.find(Query.query(Criteria.where("personId").is(personId)), Invitation.class)) {
            Update update = new Update().set("personId", PSEUDONYM_PREFIX + UUID.randomUUID())
                    .set("tokenHash", PSEUDONYM_PREFIX + UUID.randomUUID()).unset("draftAnswers").unset("draftComments");
            changed += (int) mongo.updateFirst(Query.query(Criteria.where("_id").is(invitation.id()).and("personId").is(personId)),
                    update, Invitation.class).getModifiedCount();
        }
        return changed;
    }
}
