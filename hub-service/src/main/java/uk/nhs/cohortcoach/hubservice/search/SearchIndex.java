package uk.nhs.cohortcoach.hubservice.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The term index of published resources, kept in three collections and read only by {@code _id} (so the Mongo wire
 * server, which uses no other index and has no {@code $text}, answers a search without reading any resource):
 * <ul>
 *   <li>{@value #TERMS}: one document per term, {@code _id} the term, with its postings: per resource holding it, the
 *       term's count in each field and the resource's field lengths;</li>
 *   <li>{@value #ENTRIES}: one document per indexed resource, {@code _id} its id, with its terms and field lengths (to
 *       take it out again);</li>
 *   <li>{@value #STATS}: the number of indexed resources and the total length of each field (for the averages).</li>
 * </ul>
 * A search reads the stats and its terms' documents, then ranks with {@link Bm25Calculator}. Indexing a resource
 * again first takes out what it held. Writes to one term are single atomic updates ({@code $pull}, {@code $push}).
 */
@Service
public class SearchIndex {

    static final String TERMS = "search_terms";
    static final String ENTRIES = "search_entries";
    static final String STATS = "search_stats";
    private static final String CORPUS = "corpus";
    /** The most terms of one query that are looked up. */
    static final int MAX_QUERY_TERMS = 32;

    /** A resource's score for a query. */
    public record Scored(String resourceId, double score) {
    }

    private final MongoTemplate mongo;

    SearchIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Puts a resource's text (of this version) in the index, replacing what it held before. */
    public synchronized void index(String resourceId, long version, IndexedText text) {
        remove(resourceId);
        Map<Field, Integer> lengths = new EnumMap<>(Field.class);
        Map<String, Map<Field, Integer>> frequencies = new TreeMap<>();
        text.byField().forEach((field, words) -> {
            List<String> terms = TermAnalyzer.terms(words);
            lengths.put(field, terms.size());
            for (String term : terms) {
                frequencies.computeIfAbsent(term, t -> new EnumMap<>(Field.class)).merge(field, 1, Integer::sum);
            }
        });
        if (!frequencies.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            frequencies.forEach((term, counts) -> {
                Document posting = new Document("r", resourceId);
                for (Field field : Field.values()) {
                    posting.append(field.key(), counts.getOrDefault(field, 0)).append("l" + field.key(), lengths.get(field));
                }
                writes.add(new UpdateOneModel<>(Filters.eq("_id", term), Updates.push("postings", posting),
                        new UpdateOptions().upsert(true)));
            });
            collection(TERMS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        Document lengthsDocument = new Document();
        lengths.forEach((field, length) -> lengthsDocument.append(field.key(), length));
        collection(ENTRIES).replaceOne(Filters.eq("_id", resourceId), new Document("_id", resourceId).append("version", version)
                .append("terms", new ArrayList<>(frequencies.keySet())).append("lengths", lengthsDocument),
                new ReplaceOptions().upsert(true));
        changeStats(1, lengths);
    }

    /** Takes a resource out of the index (nothing happens if it is not in it). */
    public synchronized void remove(String resourceId) {
        Document entry = collection(ENTRIES).find(Filters.eq("_id", resourceId)).first();
        if (entry == null) {
            return;
        }
        List<String> terms = entry.getList("terms", String.class, List.of());
        if (!terms.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (String term : terms) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", term), Updates.pull("postings", new Document("r", resourceId))));
            }
            collection(TERMS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        Document stored = entry.get("lengths", Document.class);
        Map<Field, Integer> lengths = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            lengths.put(field, -(stored == null ? 0 : stored.getInteger(field.key(), 0)));
        }
        changeStats(-1, lengths);
        collection(ENTRIES).deleteOne(Filters.eq("_id", resourceId));
    }

    /** The version of each indexed resource, by its id (to find what the index missed). */
    public Map<String, Long> indexedVersions() {
        Map<String, Long> versions = new HashMap<>();
        for (Document entry : collection(ENTRIES).find().projection(new Document("version", 1))) {
            Object version = entry.get("version");
            versions.put(entry.getString("_id"), version instanceof Number number ? number.longValue() : -1L);
        }
        return versions;
    }

    /** The indexed resources matching any term of the query, best first (ties by id); none for a query without terms. */
    public List<Scored> rank(String query) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(TermAnalyzer.terms(query)));
        if (terms.isEmpty()) {
            return List.of();
        }
        terms = terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS));
        Document stats = collection(STATS).find(Filters.eq("_id", CORPUS)).first();
        long documents = stats == null ? 0 : Math.max(0, ((Number) stats.getOrDefault("documents", 0)).longValue());
        if (documents == 0) {
            return List.of();
        }
        Map<Field, Double> averages = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            averages.put(field, ((Number) stats.getOrDefault("l" + field.key(), 0)).doubleValue() / documents);
        }
        Map<String, Double> scores = new HashMap<>();
        for (Document term : collection(TERMS).find(Filters.in("_id", terms))) {
            List<Document> postings = term.getList("postings", Document.class, List.of());
            double idf = Bm25Calculator.idf(documents, postings.size());
            for (Document posting : postings) {
                Map<Field, Integer> frequencies = new EnumMap<>(Field.class);
                Map<Field, Integer> lengths = new EnumMap<>(Field.class);
                for (Field field : Field.values()) {
                    frequencies.put(field, posting.getInteger(field.key(), 0));
                    lengths.put(field, posting.getInteger("l" + field.key(), 0));
                }
                scores.merge(posting.getString("r"), Bm25Calculator.score(idf, frequencies, lengths, averages), Double::sum);
            }
        }
        return scores.entrySet().stream().map(e -> new Scored(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::resourceId)).toList();
    }

    private void changeStats(int documents, Map<Field, Integer> lengths) {
        List<org.bson.conversions.Bson> changes = new ArrayList<>(List.of(Updates.inc("documents", documents)));
        lengths.forEach((field, length) -> changes.add(Updates.inc("l" + field.key(), length)));
        collection(STATS).updateOne(Filters.eq("_id", CORPUS), Updates.combine(changes), new UpdateOptions().upsert(true));
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }
}
