package uk.nhs.cohortcoach.surveyservice.response;

import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Records a submitted response anonymously and counts it, any number of times with one effect: the
 * response's id is its random key (a second insert is a duplicate, ignored), and the counts are
 * changed by one conditional update that only matches while the key is not yet in {@code appliedKeys}.
 */
@Component
public class ResponseRecorder {

    /** How many recent keys a counts document remembers. */
    static final int APPLIED_KEYS_KEPT = 1000;

    private final MongoTemplate mongo;

    public ResponseRecorder(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param responseKey random key, unrelated to the invitation or the person
     * @param answers     statement id → stage name
     * @param comments    component name → comment
     */
    public void record(String responseKey, String waveId, String collaborativeId, String roleCategory,
            Map<String, String> answers, Map<String, String> comments) {
        try {
            Document response = new Document();
            mongo.getConverter().write(new Response(responseKey, waveId, collaborativeId, roleCategory, answers, comments),
                    response);
            response.remove("_class"); // nothing but what the record says
            mongo.execute(Response.class, collection -> collection.insertOne(response));
        } catch (DuplicateKeyException alreadyRecorded) {
            // recorded by an earlier attempt
        }
        count(responseKey, waveId, collaborativeId, answers);
    }

    private void count(String responseKey, String waveId, String collaborativeId, Map<String, String> answers) {
        Query notYetCounted = Query.query(Criteria.where("_id").is(ResultCounts.idOf(waveId, collaborativeId))
                .and("appliedKeys").ne(responseKey));
        Update update = new Update()
                .setOnInsert("waveId", waveId)
                .setOnInsert("collaborativeId", collaborativeId)
                .inc("responses", 1L);
        answers.forEach((statementId, stage) -> update.inc("stages." + statementId + "." + stage, 1L));
        update.push("appliedKeys").slice(-APPLIED_KEYS_KEPT).each(responseKey);
        try {
            mongo.upsert(notYetCounted, update, ResultCounts.class);
        } catch (DuplicateKeyException alreadyCounted) {
            // the document exists and already holds this key, so the upsert tried to insert it again
        }
    }
}
