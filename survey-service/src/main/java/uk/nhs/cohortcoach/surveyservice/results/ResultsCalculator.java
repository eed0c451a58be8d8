package uk.nhs.cohortcoach.surveyservice.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;

/**
 * Turns the running counts of one group (a collaborative, or a cohort = the sum of its
 * collaboratives' counts) into figures. Plain Java, no Spring, no database.
 *
 * <ul>
 * <li>Share at each stage, in percent with one decimal (half up), of the answers given to that
 * statement; a statement left unanswered does not count in its denominator.</li>
 * <li>A component pools the answers to all its statements.</li>
 * <li>Median stage of a component: over the pooled answers ordered by stage; with an even number of
 * answers the <em>lower</em> of the two middle answers (so the median is always a stage someone
 * actually chose and never rounds a group up).</li>
 * <li>Small numbers: a group with fewer than {@value #MINIMUM_GROUP} responses gets no figures at
 * all and not even its count — only {@code suppressed: true} and {@value #FEWER_THAN_5}.</li>
 * </ul>
 */
public final class ResultsCalculator {

    public static final int MINIMUM_GROUP = 5;
    public static final String FEWER_THAN_5 = "fewer than 5";

    /** Counts of one group: responses, and statement id → stage name → answers. */
    public record Counts(long responses, Map<String, Map<String, Long>> stages) {

        public Counts {
            stages = stages == null ? Map.of() : stages;
        }

        public static final Counts NONE = new Counts(0, Map.of());

        /** The sum of several groups' counts (a cohort is the sum of its collaboratives). */
        public static Counts sum(List<Counts> parts) {
            long responses = 0;
            Map<String, Map<String, Long>> stages = new HashMap<>();
            for (Counts part : parts) {
                responses += part.responses();
                part.stages().forEach((statement, byStage) -> byStage.forEach((stage, count) ->
                        stages.computeIfAbsent(statement, s -> new HashMap<>()).merge(stage, count == null ? 0 : count, Long::sum)));
            }
            return new Counts(responses, stages);
        }
    }

    /**
     * The figures of one group; when suppressed only {@code suppressed}, {@code reason} ({@code FEWER_THAN_5}
     * or {@code PROTECTS_ANOTHER}, see {@link Disclosure}) and {@code note} (the reason in words) are set.
     */
    public record GroupFigures(boolean suppressed, Disclosure.Reason reason, String note, Long responses, List<ComponentFigures> components) {

        static GroupFigures suppressedGroup() {
            return hidden(Disclosure.Reason.FEWER_THAN_5);
        }

        static GroupFigures hidden(Disclosure.Reason reason) {
            return new GroupFigures(true, reason, reason.note(), null, List.of());
        }
    }

    /** A component: its pooled answers, median stage (null with no answers) and shares, then its statements. */
    public record ComponentFigures(String component, String title, long answers, Stage medianStage,
            Map<Stage, BigDecimal> sharePercent, List<StatementFigures> statements) {
    }

    /** A statement: how many answered it and the share at each stage. */
    public record StatementFigures(String statementId, String text, long answers, Map<Stage, BigDecimal> sharePercent) {
    }

    public GroupFigures calculate(Framework framework, Counts counts) {
        if (counts.responses() < MINIMUM_GROUP) {
            return GroupFigures.suppressedGroup();
        }
        List<ComponentFigures> components = new ArrayList<>();
        for (Framework.Component component : framework.components()) {
            long[] pooled = new long[Stage.values().length];
            List<StatementFigures> statements = new ArrayList<>();
            for (Framework.Statement statement : component.statements()) {
                long[] byStage = tally(counts.stages().get(statement.id()));
                for (int i = 0; i < byStage.length; i++) {
                    pooled[i] += byStage[i];
                }
                statements.add(new StatementFigures(statement.id(), statement.text(), total(byStage), shares(byStage)));
            }
            components.add(new ComponentFigures(component.component().name(), component.title(), total(pooled),
                    lowerMedian(pooled), shares(pooled), statements));
        }
        return new GroupFigures(false, null, null, counts.responses(), components);
    }

    /** The lower median stage of answers tallied by stage (index = stage ordinal); null when there are none. */
    public static Stage lowerMedian(long[] byStage) {
        long n = total(byStage);
        if (n == 0) {
            return null;
        }
        long position = (n - 1) / 2; // 0-based index of the lower middle answer
        long seen = 0;
        for (int i = 0; i < byStage.length; i++) {
            seen += byStage[i];
            if (seen > position) {
                return Stage.values()[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Share of each stage in percent, one decimal, half up; all 0.0 when nobody answered. */
    public static Map<Stage, BigDecimal> shares(long[] byStage) {
        long n = total(byStage);
        Map<Stage, BigDecimal> shares = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            shares.put(stage, n == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(byStage[stage.ordinal()]).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
        }
        return shares;
    }

    private static long[] tally(Map<String, Long> byStageName) {
        long[] byStage = new long[Stage.values().length];
        if (byStageName != null) {
            for (Stage stage : Stage.values()) {
                Long count = byStageName.get(stage.name());
                byStage[stage.ordinal()] = count == null ? 0 : count;
            }
        }
        return byStage;
    }

    private static long total(long[] byStage) {
        long n = 0;
        for (long c : byStage) {
            n += c;
        }
        return n;
    }

}
