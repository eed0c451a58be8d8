package uk.nhs.cohortcoach.surveyservice.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.CohortSurveySummary.ComponentSummary;
import uk.nhs.cohortcoach.surveyservice.results.CohortSurveySummary.GroupSummary;
import uk.nhs.cohortcoach.surveyservice.results.CohortSurveySummary.Trend;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.ComponentFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.Group;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * The summary's groups, built only from what {@link WavePublication} publishes for the latest wave and the one before:
 * each wave's results (response rates, medians, hidden the wave's own way) and the two waves' trend points over the
 * statements both asked. Plain Java, so the attack test reads exactly what the API sends.
 */
final class SummaryPublication {

    /**
     * What one wave publishes for the summary: its results, and its results over the statements both waves asked
     * ({@code compared}; the same as {@code results} when there is no other wave).
     */
    record WaveViews(WaveResults results, WaveResults compared) {

        static WaveViews of(WavePublication.Input input, Framework comparedFramework) {
            WaveResults results = WavePublication.results(null, null, null, null, 0, input);
            WaveResults compared = comparedFramework == null ? results : WavePublication.results(null, null, null, null, 0,
                    new WavePublication.Input(comparedFramework, input.collaboratives(), input.byRole()));
            return new WaveViews(results, compared);
        }
    }

    private SummaryPublication() {
    }

    /** Every collaborative of the latest wave (in its results' order), then the cohort group last (null when none). */
    static List<GroupSummary> groups(Framework framework, WaveViews latest, WaveViews previous, WaveStatus status, Long daysToClose) {
        List<GroupSummary> groups = new ArrayList<>();
        Map<String, Group> before = previous == null ? Map.of() : byId(previous.results());
        Map<String, Group> beforeCompared = previous == null ? Map.of() : byId(previous.compared());
        Map<String, Group> nowCompared = byId(latest.compared());
        for (Group g : latest.results().collaboratives()) {
            groups.add(group(framework, g, before.get(g.collaborativeId()), nowCompared.get(g.collaborativeId()),
                    beforeCompared.get(g.collaborativeId()), SurveyAttentionRules.of(status, daysToClose, g.responseRate())));
        }
        Group cohort = latest.results().cohort();
        groups.add(cohort == null ? null : group(framework, cohort, previous == null ? null : previous.results().cohort(),
                latest.compared().cohort(), previous == null ? null : previous.compared().cohort(), List.of()));
        return groups;
    }

    private static GroupSummary group(Framework framework, Group now, Group before, Group nowCompared, Group beforeCompared,
            List<SurveyAttention> attention) {
        GroupFigures figures = now.figures();
        List<ComponentSummary> components = new ArrayList<>();
        for (Framework.Component c : framework.components()) {
            String component = c.component().name();
            Stage median = median(figures, component);
            Stage previousMedian = before == null ? null : median(before.figures(), component);
            Stage comparedNow = nowCompared == null ? null : median(nowCompared.figures(), component);
            Stage comparedBefore = beforeCompared == null ? null : median(beforeCompared.figures(), component);
            components.add(new ComponentSummary(component, c.title(), median, previousMedian, trend(comparedNow, comparedBefore)));
        }
        return new GroupSummary(now.collaborativeId(), now.name(), now.responseRate(), figures.suppressed(), figures.reason(),
                figures.note(), components, attention);
    }

    private static Stage median(GroupFigures figures, String component) {
        if (figures == null || figures.suppressed()) {
            return null;
        }
        return figures.components().stream().filter(f -> f.component().equals(component)).map(ComponentFigures::medianStage)
                .findFirst().orElse(null);
    }

    static Trend trend(Stage now, Stage before) {
        if (now == null || before == null) {
            return null;
        }
        int change = Integer.compare(now.ordinal(), before.ordinal());
        return change > 0 ? Trend.UP : change < 0 ? Trend.DOWN : Trend.SAME;
    }

    private static Map<String, Group> byId(WaveResults results) {
        return results.collaboratives().stream().collect(Collectors.toMap(Group::collaborativeId, Function.identity(), (a, b) -> a));
    }
}
