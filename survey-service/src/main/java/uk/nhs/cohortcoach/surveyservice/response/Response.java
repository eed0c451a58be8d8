package uk.nhs.cohortcoach.surveyservice.response;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A submitted response, without the person: its id is a random key, and it keeps only the wave, the
 * collaborative and the leadership role category (no time, no invitation). No endpoint returns it.
 *
 * @param answers  statement id → stage name
 * @param comments component name → comment
 */
@Document("responses")
public record Response(@Id String id, String waveId, String collaborativeId, String roleCategory,
        Map<String, String> answers, Map<String, String> comments) {

    public Response {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
    }
}
