package uk.nhs.cohortcoach.surveyservice.response;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a handful of responses the way {@link ResultCounts} keeps them (responses, statement → stage → answers, and
 * the same per role category), as the increments one update adds to the running counts. Plain Java.
 */
final class Tally {

    private long responses;
    private final Map<String, Map<String, Long>> stages = new HashMap<>();
    private final Map<String, Long> roleResponses = new HashMap<>();
    private final Map<String, Map<String, Map<String, Long>>> roleStages = new HashMap<>();

    /** The role category a response counts under: as stored, upper case; none stored counts as {@code OTHER}. */
    static String roleCategory(Object stored) {
        return stored instanceof String s && !s.isBlank() ? s.trim().toUpperCase(Locale.ROOT) : RoleCategories.OTHER;
    }

    Tally add(Object roleCategory, Map<String, ?> answers) {
        String role = roleCategory(roleCategory);
        responses++;
        roleResponses.merge(role, 1L, Long::sum);
        Map<String, Map<String, Long>> byStatement = roleStages.computeIfAbsent(role, r -> new HashMap<>());
        answers.forEach((statement, stage) -> {
            stages.computeIfAbsent(statement, s -> new HashMap<>()).merge(String.valueOf(stage), 1L, Long::sum);
            byStatement.computeIfAbsent(statement, s -> new HashMap<>()).merge(String.valueOf(stage), 1L, Long::sum);
        });
        return this;
    }

    long responses() {
        return responses;
    }

    /** Role category → its counts, as {@link ResultCounts#roles()} keeps them. */
    Map<String, ResultCounts.RoleCounts> roles() {
        Map<String, ResultCounts.RoleCounts> roles = new TreeMap<>();
        roleResponses.forEach((role, n) -> roles.put(role, new ResultCounts.RoleCounts(n, roleStages.getOrDefault(role, Map.of()))));
        return roles;
    }

    /** Field path → how much to add: {@code responses}, {@code stages.<statement>.<STAGE>}, {@code roles.<ROLE>.…}. */
    Map<String, Long> increments() {
        Map<String, Long> increments = new TreeMap<>();
        if (responses == 0) {
            return increments;
        }
        increments.put("responses", responses);
        stages.forEach((statement, byStage) -> byStage.forEach((stage, n) -> increments.put("stages." + statement + "." + stage, n)));
        roleResponses.forEach((role, n) -> increments.put("roles." + role + ".responses", n));
        roleStages.forEach((role, byStatement) -> byStatement.forEach((statement, byStage) -> byStage.forEach((stage, n) ->
                increments.put("roles." + role + ".stages." + statement + "." + stage, n))));
        return increments;
    }

    Map<String, Map<String, Long>> stages() {
        return stages;
    }
}
