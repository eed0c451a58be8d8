package uk.nhs.cohortcoach.surveyservice.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Running counts for one wave and one collaborative, kept up to date as responses are recorded, so results
 * never scan responses. {@code stages}: statement id → stage name → count. Always the counts of the
 * collaborative's {@link CollaborativeResponses} at some moment: sums only, no keys and nothing in order.
 */
@Document("result_counts")
public record ResultCounts(@Id String id, String waveId, String collaborativeId, long responses,
        Map<String, Map<String, Long>> stages) {

    public static String idOf(String waveId, String collaborativeId) {
        return waveId + ":" + collaborativeId;
    }

    /** The counts of these responses. */
    static ResultCounts of(String waveId, String collaborativeId, List<Response> responses) {
        Map<String, Map<String, Long>> stages = new HashMap<>();
        responses.forEach(response -> response.answers().forEach((statement, stage) ->
                stages.computeIfAbsent(statement, k -> new HashMap<>()).merge(stage, 1L, Long::sum)));
        return new ResultCounts(idOf(waveId, collaborativeId), waveId, collaborativeId, responses.size(), stages);
    }
}
