package uk.nhs.cohortcoach.surveyservice.response;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Every response of one collaborative to one wave, in one document whose list is a uniformly random
 * order of them: each response is put at a random place among those already there, so neither the list
 * nor the storage's natural order says who submitted first, and there is no per-response document whose
 * insertion order or id could. {@code version} counts the responses (it guards concurrent additions).
 */
@Document("responses")
public record CollaborativeResponses(@Id String id, String waveId, String collaborativeId, List<Response> responses,
        long version) {

    public CollaborativeResponses {
        responses = responses == null ? List.of() : List.copyOf(responses);
    }

    public static String idOf(String waveId, String collaborativeId) {
        return waveId + ":" + collaborativeId;
    }
}
