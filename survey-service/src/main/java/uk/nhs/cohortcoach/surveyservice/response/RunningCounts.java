package uk.nhs.cohortcoach.surveyservice.response;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The running counts ({@link ResultCounts}) as results read them and recorders add to them. Counts written before they
 * held the role breakdown are upgraded once, the first time they are read or added to: their role breakdown is counted
 * from the collaborative's {@link CollaborativeResponses} document (the layout those counts were set from), and from then
 * on they are kept with every response recorded.
 */
@Component
public class RunningCounts {

    static final String COLLECTION = "result_counts";

    private final MongoTemplate mongo;

    public RunningCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The wave's counts, one per collaborative that has any, each holding the role breakdown. Reads no response. */
    public List<ResultCounts> ofWave(String waveId) {
        List<ResultCounts> counts = new ArrayList<>();
        for (ResultCounts c : mongo.find(Query.query(Criteria.where("waveId").is(waveId)), ResultCounts.class)) {
            if (c.current()) {
                counts.add(c);
            } else {
                upgrade(collection().find(eq("_id", c.id())).first());
                counts.add(mongo.findById(c.id(), ResultCounts.class));
            }
        }
        return counts;
    }

    /** The collaborative's counts as stored (upgraded if they were not current), or null when none. */
    Document current(String waveId, String collaborativeId) {
        String id = ResultCounts.idOf(waveId, collaborativeId);
        Document counts = collection().find(eq("_id", id)).first();
        if (counts != null && !isCurrent(counts)) {
            upgrade(counts);
            counts = collection().find(eq("_id", id)).first();
        }
        return counts;
    }

    /** How many of the bucket's responses the counts hold. */
    static long counted(Document counts, int bucket) {
        Document counted = counts.get("counted", Document.class);
        Object n = counted == null ? null : counted.get(String.valueOf(bucket));
        return n instanceof Number number ? number.longValue() : 0;
    }

    /**
     * Adds the tally to the counts, and records that they now hold {@code bucketCount} of the bucket's responses,
     * only if they still hold {@code counted} of them (compare-and-set).
     *
     * @param counts the counts as read (null: none yet)
     * @return false when the counts changed meanwhile (nothing written)
     */
    boolean add(String waveId, String collaborativeId, Document counts, int bucket, long counted, long bucketCount, Tally tally) {
        String id = ResultCounts.idOf(waveId, collaborativeId);
        if (counts == null) {
            Document fresh = new Document("_id", id).append("waveId", waveId).append("collaborativeId", collaborativeId)
                    .append("responses", tally.responses()).append("stages", nested(tally.stages()))
                    .append("roles", roles(tally)).append("counted", zeroes().append(String.valueOf(bucket), bucketCount))
                    .append("layout", ResultCounts.LAYOUT);
            try {
                collection().insertOne(fresh);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        Document inc = new Document();
        tally.increments().forEach(inc::append);
        return collection().updateOne(new Document("_id", id).append("counted." + bucket, counted),
                new Document("$inc", inc).append("$set", new Document("counted." + bucket, bucketCount))).getMatchedCount() == 1;
    }

    private void upgrade(Document legacy) {
        Tally roles = new Tally();
        Document single = mongo.getCollection("responses").find(eq("_id", legacy.get("_id"))).first();
        if (single != null) {
            single.getList("responses", Document.class, List.of()).forEach(r ->
                    roles.add(r.get("roleCategory"), r.get("answers", Document.class) == null ? Map.of() : r.get("answers", Document.class)));
        }
        collection().updateOne(new Document("_id", legacy.get("_id")).append("layout", new Document("$exists", false)),
                new Document("$set", new Document("roles", roles(roles)).append("counted", zeroes())
                        .append("layout", ResultCounts.LAYOUT)));
    }

    private static boolean isCurrent(Document counts) {
        return counts.get("layout") instanceof Number layout && layout.intValue() >= ResultCounts.LAYOUT;
    }

    private static Document zeroes() {
        Document counted = new Document();
        for (int b = 0; b < ResponseBuckets.COUNT; b++) {
            counted.append(String.valueOf(b), 0L);
        }
        return counted;
    }

    private static Document roles(Tally tally) {
        Document roles = new Document();
        tally.roles().forEach((role, counts) -> roles.append(role, new Document("responses", counts.responses())
                .append("stages", nested(counts.stages()))));
        return roles;
    }

    private static Document nested(Map<String, Map<String, Long>> stages) {
        Document document = new Document();
        stages.forEach((statement, byStage) -> document.append(statement, new Document(byStage)));
        return document;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
