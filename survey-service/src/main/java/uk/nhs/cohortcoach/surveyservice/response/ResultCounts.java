package uk.nhs.cohortcoach.surveyservice.response;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Running counts for one wave and one collaborative, updated as each response is recorded, so results
 * never scan responses. {@code stages}: statement id → stage name → count. {@code appliedKeys}: the
 * most recent response keys counted here (bounded), so recording the same response again counts nothing.
 */
@Document("result_counts")
public record ResultCounts(@Id String id, String waveId, String collaborativeId, long responses,
        Map<String, Map<String, Long>> stages, List<String> appliedKeys) {

    public static String idOf(String waveId, String collaborativeId) {
        return waveId + ":" + collaborativeId;
    }
}
