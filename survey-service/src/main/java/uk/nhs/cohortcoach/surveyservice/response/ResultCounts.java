package uk.nhs.cohortcoach.surveyservice.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Running counts for one wave and one collaborative, kept up to date as responses are recorded, so results never
 * read a response: {@code responses}, {@code stages} (statement id → stage name → count) and the same per role category
 * ({@code roles}), for the breakdown by leadership role. Sums only, no keys and nothing in order.
 *
 * @param counted per response bucket ({@link ResponseBuckets}), how many of that bucket's responses these counts hold:
 *                how a recorder tells which responses still wait to be counted ({@link ResponseRecorder})
 * @param layout  {@value #LAYOUT} for counts kept this way; null for counts written before they held roles (upgraded when
 *                first read or counted again: {@link RunningCounts})
 */
@Document("result_counts")
public record ResultCounts(@Id String id, String waveId, String collaborativeId, long responses,
        Map<String, Map<String, Long>> stages, Map<String, RoleCounts> roles, Map<String, Long> counted, Integer layout) {

    /** The layout of counts that hold the role breakdown and which buckets they count. */
    public static final int LAYOUT = 2;

    /** One role category's share of the counts. */
    public record RoleCounts(long responses, Map<String, Map<String, Long>> stages) {

        public RoleCounts {
            stages = stages == null ? Map.of() : stages;
        }
    }

    @PersistenceCreator
    public ResultCounts {
        stages = stages == null ? Map.of() : stages;
        roles = roles == null ? Map.of() : roles;
        counted = counted == null ? Map.of() : counted;
    }

    /** Counts as kept before the role breakdown (and as tests seed them): upgraded when read. */
    public ResultCounts(String id, String waveId, String collaborativeId, long responses, Map<String, Map<String, Long>> stages) {
        this(id, waveId, collaborativeId, responses, stages, null, null, null);
    }

    public static String idOf(String waveId, String collaborativeId) {
        return waveId + ":" + collaborativeId;
    }

    /** Whether these counts hold the role breakdown. */
    public boolean current() {
        return layout != null && layout >= LAYOUT;
    }

    /** The counts of these responses, kept the earlier way (the legacy move, {@link LegacyResponses}). */
    static ResultCounts of(String waveId, String collaborativeId, List<Response> responses) {
        Map<String, Map<String, Long>> stages = new HashMap<>();
        responses.forEach(response -> response.answers().forEach((statement, stage) ->
                stages.computeIfAbsent(statement, k -> new HashMap<>()).merge(stage, 1L, Long::sum)));
        return new ResultCounts(idOf(waveId, collaborativeId), waveId, collaborativeId, responses.size(), stages);
    }
}
