package uk.nhs.cohortcoach.surveyservice.response;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one collaborative's stored responses, for what only the responses themselves can give (the comments, word for
 * word): its {@value ResponseBuckets#COUNT} buckets, each read by id, and the single document of the earlier layout if
 * there is one. Nothing else reads responses; results come from {@link RunningCounts}.
 */
@Component
public class StoredResponses {

    private final MongoTemplate mongo;

    public StoredResponses(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The collaborative's responses to the wave, in stored (random) order. */
    public List<Response> of(String waveId, String collaborativeId) {
        List<Response> responses = new ArrayList<>();
        Document single = mongo.getCollection("responses").find(eq("_id", CollaborativeResponses.idOf(waveId, collaborativeId))).first();
        if (single != null) {
            single.getList("responses", Document.class, List.of()).forEach(r -> responses.add(response(r)));
        }
        for (int b = 0; b < ResponseBuckets.COUNT; b++) {
            Document bucket = mongo.getCollection(ResponseRecorder.BUCKETS)
                    .find(eq("_id", ResponseBuckets.idOf(waveId, collaborativeId, b))).first();
            if (bucket == null) {
                break; // all of a collaborative's buckets are made together: none here means none at all
            }
            bucket.getList("responses", Document.class, List.of()).forEach(r -> responses.add(response(r)));
        }
        return responses;
    }

    private static Response response(Document stored) {
        return new Response(String.valueOf(stored.get("_id")), stored.getString("roleCategory"), strings(stored.get("answers")),
                strings(stored.get("comments")));
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> map = new LinkedHashMap<>();
        if (value instanceof Document document) {
            document.forEach((key, text) -> map.put(key, String.valueOf(text)));
        }
        return map;
    }
}
