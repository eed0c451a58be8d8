package uk.nhs.cohortcoach.surveyservice.response;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a submitted response anonymously and counts it, any number of times with one effect, at a cost that does
 * not grow with the wave beyond one bucket's share.
 *
 * <ol>
 * <li><b>Store.</b> The response goes to its bucket ({@link ResponseBuckets#bucketOf}: the same for the same id) at a
 * uniformly random place in the bucket's list, in one atomic update that also adds it to the bucket's
 * {@code uncounted} list and its {@code count}. A response whose id is already in its bucket is not added again.</li>
 * <li><b>Count.</b> The collaborative's {@link ResultCounts} keep, per bucket, how many of its responses they hold
 * ({@code counted.<bucket>}). Entries leave {@code uncounted} only once counted, in the order they came, so of the
 * bucket's {@code uncounted}, the first {@code counted − (count − uncounted)} are counted already and the rest are
 * added to the counts in one compare-and-set on {@code counted.<bucket>} (retried when another recorder got there
 * first), then removed from {@code uncounted}.</li>
 * </ol>
 * A crash anywhere leaves the invitation's pending answers in place and the recoverer runs this again: the response
 * is not stored twice (its id) nor counted twice ({@code counted.<bucket>}), and whatever was stored is counted. No
 * list of keys is kept; {@code uncounted} holds a response only between its storing and its counting (milliseconds).
 */
@Component
public class ResponseRecorder {

    static final String BUCKETS = "response_buckets";
    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final RunningCounts runningCounts;
    private final RandomGenerator random;

    @Autowired
    ResponseRecorder(MongoTemplate mongo, RunningCounts runningCounts) {
        this(mongo, runningCounts, new SecureRandom());
    }

    ResponseRecorder(MongoTemplate mongo, RunningCounts runningCounts, RandomGenerator random) {
        this.mongo = mongo;
        this.runningCounts = runningCounts;
        this.random = random;
    }

    /**
     * @param responseId     random id, unrelated to the invitation or the person
     * @param leadershipRole the respondent's role; stored only if enough invitees share it ({@link RoleCategories})
     * @param inviteesByRole how many of the wave's invitees in the collaborative hold each role
     * @param answers        statement id → stage name
     * @param comments       component name → comment
     */
    public void record(String responseId, String waveId, String collaborativeId, String leadershipRole,
            Map<String, Long> inviteesByRole, Map<String, String> answers, Map<String, String> comments) {
        String role = RoleCategories.stored(leadershipRole, inviteesByRole);
        int bucket = ResponseBuckets.bucketOf(responseId);
        store(waveId, collaborativeId, bucket, new Document("_id", responseId).append("roleCategory", role)
                .append("answers", new Document(answers)).append("comments", new Document(comments)));
        count(waveId, collaborativeId, bucket);
    }

    void store(String waveId, String collaborativeId, int bucket, Document response) {
        String id = ResponseBuckets.idOf(waveId, collaborativeId, bucket);
        MongoCollection<Document> buckets = mongo.getCollection(BUCKETS);
        Document found = buckets.find(eq("_id", id)).first();
        if (found == null) {
            createBuckets(buckets, waveId, collaborativeId);
            found = buckets.find(eq("_id", id)).first();
        }
        Object responseId = response.get("_id");
        if (found.getList("responses", Document.class, List.of()).stream().anyMatch(r -> responseId.equals(r.get("_id")))) {
            return; // stored by an earlier attempt
        }
        int place = random.nextInt(found.getList("responses", Document.class, List.of()).size() + 1);
        Document uncounted = new Document("_id", responseId).append("roleCategory", response.get("roleCategory"))
                .append("answers", response.get("answers"));
        buckets.updateOne(eq("_id", id), new Document("$push", new Document("responses",
                new Document("$each", List.of(response)).append("$position", place)).append("uncounted", uncounted))
                .append("$inc", new Document("count", 1L)));
    }

    /**
     * Creates every bucket of the collaborative at once, empty, in bucket order, so the order the documents were made
     * in says nothing about who answered first. Safe to repeat: a bucket already there stays as it is.
     */
    private static void createBuckets(MongoCollection<Document> buckets, String waveId, String collaborativeId) {
        for (int b = 0; b < ResponseBuckets.COUNT; b++) {
            try {
                buckets.insertOne(new Document("_id", ResponseBuckets.idOf(waveId, collaborativeId, b)).append("waveId", waveId)
                        .append("collaborativeId", collaborativeId).append("bucket", b).append("count", 0L)
                        .append("responses", List.of()).append("uncounted", List.of()));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    void count(String waveId, String collaborativeId, int bucket) {
        String bucketId = ResponseBuckets.idOf(waveId, collaborativeId, bucket);
        MongoCollection<Document> buckets = mongo.getCollection(BUCKETS);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document stored = buckets.find(eq("_id", bucketId)).projection(Projections.include("count", "uncounted")).first();
            long count = ((Number) stored.get("count")).longValue();
            List<Document> uncounted = stored.getList("uncounted", Document.class, List.of());
            Document counts = runningCounts.current(waveId, collaborativeId);
            long counted = counts == null ? 0 : RunningCounts.counted(counts, bucket);
            int already = (int) Math.max(0, Math.min(uncounted.size(), counted - (count - uncounted.size())));
            Tally tally = new Tally();
            uncounted.subList(already, uncounted.size()).forEach(r -> tally.add(r.get("roleCategory"), r.get("answers", Document.class)));
            if (tally.responses() > 0 && !runningCounts.add(waveId, collaborativeId, counts, bucket, counted, count, tally)) {
                continue; // another recorder counted meanwhile: look again
            }
            if (!uncounted.isEmpty()) {
                List<Object> ids = new ArrayList<>();
                uncounted.forEach(r -> ids.add(r.get("_id")));
                buckets.updateOne(eq("_id", bucketId), new Document("$pull", new Document("uncounted",
                        new Document("_id", new Document("$in", ids)))));
            }
            return;
        }
        throw new OptimisticLockingFailureException("counts of " + bucketId + " kept changing; the submission will be retried");
    }
}
