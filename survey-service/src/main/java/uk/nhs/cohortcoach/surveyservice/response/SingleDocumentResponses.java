package uk.nhs.cohortcoach.surveyservice.response;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The earlier layout, kept only for {@link LegacyResponses} (moving responses kept one per document, from before
 * responses were kept in random order): a collaborative's responses in one {@link CollaborativeResponses} document,
 * each added at a uniformly random place (compare-and-set on {@code version}), its counts then set from that document
 * and only ever forward. New responses go to buckets ({@link ResponseRecorder}); such a document stays as it is, is
 * read for comments, and gives the role breakdown when its counts are upgraded ({@link RunningCounts}).
 */
@Component
class SingleDocumentResponses {

    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final RandomGenerator random;

    @Autowired
    SingleDocumentResponses(MongoTemplate mongo) {
        this(mongo, new SecureRandom());
    }

    SingleDocumentResponses(MongoTemplate mongo, RandomGenerator random) {
        this.mongo = mongo;
        this.random = random;
    }

    /**
     * @param responseId     random id, unrelated to the invitation or the person
     * @param leadershipRole the respondent's role; stored only if enough invitees share it ({@link RoleCategories})
     * @param inviteesByRole how many of the wave's invitees in the collaborative hold each role
     * @param answers        statement id → stage name
     * @param comments       component name → comment
     */
    void record(String responseId, String waveId, String collaborativeId, String leadershipRole,
            Map<String, Long> inviteesByRole, Map<String, String> answers, Map<String, String> comments) {
        Response response = new Response(responseId, RoleCategories.stored(leadershipRole, inviteesByRole), answers, comments);
        count(add(waveId, collaborativeId, response));
    }

    private CollaborativeResponses add(String waveId, String collaborativeId, Response response) {
        String id = CollaborativeResponses.idOf(waveId, collaborativeId);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CollaborativeResponses current = mongo.findById(id, CollaborativeResponses.class);
            if (current != null && current.responses().stream().anyMatch(r -> r.id().equals(response.id()))) {
                return current; // recorded by an earlier attempt
            }
            List<Response> responses = new ArrayList<>(current == null ? List.of() : current.responses());
            responses.add(random.nextInt(responses.size() + 1), response);
            CollaborativeResponses next = new CollaborativeResponses(id, waveId, collaborativeId, responses,
                    current == null ? 1 : current.version() + 1);
            Document document = new Document();
            mongo.getConverter().write(next, document);
            document.remove("_class"); // nothing but what the record says
            try {
                if (current == null) {
                    mongo.execute(CollaborativeResponses.class, collection -> collection.insertOne(document));
                    return next;
                }
                long replaced = mongo.execute(CollaborativeResponses.class, collection -> collection.replaceOne(
                        new Document("_id", id).append("version", current.version()), document).getMatchedCount());
                if (replaced == 1) {
                    return next;
                }
            } catch (DuplicateKeyException anotherFirstResponse) {
                // someone else created the document meanwhile: add to theirs
            }
        }
        throw new OptimisticLockingFailureException("responses of " + id + " kept changing; the submission will be retried");
    }

    private void count(CollaborativeResponses all) {
        ResultCounts counts = ResultCounts.of(all.waveId(), all.collaborativeId(), all.responses());
        Query older = Query.query(Criteria.where("_id").is(counts.id()).and("responses").lt(counts.responses()));
        Update update = new Update()
                .setOnInsert("waveId", counts.waveId())
                .setOnInsert("collaborativeId", counts.collaborativeId())
                .set("responses", counts.responses())
                .set("stages", counts.stages());
        try {
            mongo.upsert(older, update, ResultCounts.class);
        } catch (DuplicateKeyException alreadyAsNew) {
            // the counts exist and already count at least these responses
        }
    }
}
