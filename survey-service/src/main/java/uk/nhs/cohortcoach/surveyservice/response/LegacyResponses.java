package uk.nhs.cohortcoach.surveyservice.response;

import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitations;

/**
 * Brings data written before responses were kept in random order up to date, once, at start-up: each
 * response stored as a document of its own (in submission order, with the respondent's role whatever
 * its group's size) is added to its collaborative's {@link CollaborativeResponses} at a random place, under
 * the role category {@link RoleCategories} allows, and then deleted; the ordered {@code appliedKeys} lists
 * are removed from the counts. Safe to repeat and to interrupt.
 */
@Component
class LegacyResponses {

    private static final Logger log = LoggerFactory.getLogger(LegacyResponses.class);

    private final MongoTemplate mongo;
    private final SingleDocumentResponses recorder;
    private final Invitations invitations;

    LegacyResponses(MongoTemplate mongo, SingleDocumentResponses recorder, Invitations invitations) {
        this.mongo = mongo;
        this.recorder = recorder;
        this.invitations = invitations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void migrate() {
        int moved = 0;
        for (Document legacy : mongo.find(Query.query(Criteria.where("answers").exists(true)), Document.class, "responses")) {
            String waveId = legacy.getString("waveId");
            String collaborativeId = legacy.getString("collaborativeId");
            recorder.record(String.valueOf(legacy.get("_id")), waveId, collaborativeId, legacy.getString("roleCategory"),
                    invitations.inviteesByRole(waveId, collaborativeId), strings(legacy.get("answers")),
                    strings(legacy.get("comments")));
            mongo.remove(Query.query(Criteria.where("_id").is(legacy.get("_id"))), "responses");
            moved++;
        }
        long unkeyed = mongo.updateMulti(Query.query(Criteria.where("appliedKeys").exists(true)),
                new Update().unset("appliedKeys"), ResultCounts.class).getModifiedCount();
        if (moved > 0 || unkeyed > 0) {
            log.info("Moved {} responses kept one per document into random order; removed the key lists of {} counts", moved, unkeyed);
        }
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        if (value instanceof Document document) {
            document.forEach((key, text) -> map.put(key, String.valueOf(text)));
        }
        return map;
    }
}
