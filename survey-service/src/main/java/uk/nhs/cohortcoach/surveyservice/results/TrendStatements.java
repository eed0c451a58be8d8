package uk.nhs.cohortcoach.surveyservice.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.StatementChange;

/**
 * Which statements a trend compares, by id, when its waves used different versions of one framework: per
 * component, every statement any wave asked (in the order they first appear), those every wave asked (the only
 * ones a component's points pool, so like is compared with like), and how each fared: kept, added, removed. A
 * statement keeps its id across versions (an edit sends the ids back), so its text may change and it is still
 * the same statement. Plain Java.
 */
final class TrendStatements {

    private final Map<String, List<String>> union = new LinkedHashMap<>();
    private final Map<String, List<String>> compared = new LinkedHashMap<>();
    private final Map<String, StatementChange> changes = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    private TrendStatements() {
    }

    /**
     * @param viewed the version of the wave the trend was asked for (used alone when no wave has opened yet)
     * @param asked  the version each wave of the trend used, oldest wave first
     */
    static TrendStatements of(Framework viewed, List<Framework> asked) {
        List<Framework> waves = asked.isEmpty() ? List.of(viewed) : asked;
        TrendStatements statements = new TrendStatements();
        for (Framework.Component component : viewed.components()) {
            String name = component.component().name();
            Set<String> all = new LinkedHashSet<>();
            for (Framework version : waves) {
                all.addAll(ids(version, name));
            }
            List<String> inEvery = new ArrayList<>();
            for (String id : all) {
                boolean first = ids(waves.get(0), name).contains(id);
                boolean last = ids(waves.get(waves.size() - 1), name).contains(id);
                boolean every = waves.stream().allMatch(v -> ids(v, name).contains(id));
                StatementChange change = every ? StatementChange.KEPT : !first && last ? StatementChange.ADDED
                        : first && !last ? StatementChange.REMOVED : StatementChange.IN_SOME_WAVES;
                statements.changes.put(key(name, id), change);
                if (every) {
                    inEvery.add(id);
                }
                waves.stream().sorted(Comparator.comparingInt(Framework::number).reversed())
                        .flatMap(v -> statementsOf(v, name).stream()).filter(s -> s.id().equals(id)).findFirst()
                        .ifPresent(s -> statements.texts.put(key(name, id), s.text()));
            }
            statements.union.put(name, List.copyOf(all));
            statements.compared.put(name, List.copyOf(inEvery));
        }
        return statements;
    }

    /** Every statement of the component any wave asked. */
    List<String> union(String component) {
        return union.getOrDefault(component, List.of());
    }

    /** The statements of the component every wave asked: what its points pool. */
    List<String> compared(String component) {
        return compared.getOrDefault(component, List.of());
    }

    /** The version with each component cut down to the statements every wave asked. */
    Framework compared(Framework version) {
        List<Framework.Component> components = version.components().stream()
                .map(c -> new Framework.Component(c.component(), c.title(),
                        c.statements().stream().filter(s -> compared(c.component().name()).contains(s.id())).toList(), c.commentAllowed()))
                .toList();
        return new Framework(version.id(), version.frameworkId(), version.number(), version.name(), components, version.frozen(),
                version.version());
    }

    /** Whether this version asks the statement in this component. */
    static boolean asks(Framework version, String component, String statementId) {
        return ids(version, component).contains(statementId);
    }

    StatementChange change(String component, String statementId) {
        return changes.get(key(component, statementId));
    }

    String text(String component, String statementId) {
        return texts.get(key(component, statementId));
    }

    private static List<Framework.Statement> statementsOf(Framework version, String component) {
        return version.components().stream().filter(c -> c.component().name().equals(component)).findFirst()
                .map(Framework.Component::statements).orElse(List.of());
    }

    private static List<String> ids(Framework version, String component) {
        return statementsOf(version, component).stream().map(Framework.Statement::id).toList();
    }

    private static String key(String component, String statementId) {
        return component + "/" + statementId;
    }
}
