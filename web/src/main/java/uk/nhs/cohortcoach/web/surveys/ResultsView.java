package uk.nhs.cohortcoach.web.surveys;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.nhs.cohortcoach.web.api.WaveResults;
import uk.nhs.cohortcoach.web.api.WaveResults.Figures;

/**
 * A wave's results arranged for its page: the groups (whole cohort first, then each collaborative) and the
 * leadership roles, each either shown or hidden with the API's reason. Only figures the API gave are ever read:
 * a hidden group has none, so none can be shown. Public: the template reads it.
 */
public record ResultsView(List<Row> groups, List<Row> roles, boolean cohortVisible) {

    /** One group or role: its name, its response rate (null for a role) and its figures. */
    public record Row(String id, String name, WaveResults.ResponseRate rate, Figures figures) {

        public boolean hidden() {
            return figures == null || figures.suppressed();
        }

        /** Why it is hidden, in words. */
        public String reason() {
            return SurveyWords.hidden(figures == null ? null : figures.note());
        }

        /** The median stage of one component, in words ("No answers" when nobody answered it). */
        public String median(String component) {
            return figures.components().stream().filter(c -> c.component().equals(component)).findFirst()
                    .map(c -> SurveyWords.stage(c.medianStage())).orElse("No answers");
        }
    }

    public static ResultsView of(WaveResults results) {
        List<Row> groups = Stream.concat(
                        results.cohort() == null ? Stream.<Row>empty()
                                : Stream.of(new Row("", "Whole cohort", results.cohort().responseRate(), results.cohort().figures())),
                        results.collaboratives().stream().map(g -> new Row(g.collaborativeId(), g.name(), g.responseRate(), g.figures())))
                .toList();
        List<Row> roles = results.roles().stream().map(r -> new Row(r.roleCategory(), SurveyWords.role(r.roleCategory()), null, r.figures())).toList();
        return new ResultsView(groups, roles, results.cohort() != null);
    }

    public List<Row> shownGroups() {
        return groups.stream().filter(g -> !g.hidden()).toList();
    }

    public List<Row> shownRoles() {
        return roles.stream().filter(g -> !g.hidden()).toList();
    }

    /** The components, as the first group shown lists them (every group of a wave has the same). */
    public static List<WaveResults.Component> components(List<Row> rows) {
        return rows.stream().filter(r -> !r.hidden()).findFirst().map(r -> r.figures().components()).orElse(List.of());
    }

    /** The hidden rows as sentences: those with fewer than 5 responses, then those hidden to protect another. */
    public static List<String> hiddenSentences(List<Row> rows) {
        List<Row> hidden = rows.stream().filter(Row::hidden).toList();
        List<String> few = hidden.stream().filter(r -> SurveyWords.FEWER_THAN_5.equals(r.reason())).map(Row::name).toList();
        List<String> other = hidden.stream().filter(r -> !SurveyWords.FEWER_THAN_5.equals(r.reason()))
                .map(r -> r.name() + " (" + r.reason() + ")").toList();
        Stream.Builder<String> sentences = Stream.builder();
        if (!few.isEmpty()) {
            sentences.add("Not shown, because they have fewer than 5 responses: " + String.join("; ", few) + ".");
        }
        if (!other.isEmpty()) {
            sentences.add("Not shown, so that a hidden figure cannot be worked out from the whole cohort minus the groups shown: "
                    + String.join("; ", other) + ".");
        }
        return sentences.build().toList();
    }

    /** The share of answers at one stage of a component, as "42.5%". */
    public static String share(WaveResults.Component component, String stage) {
        Map<String, java.math.BigDecimal> shares = component.sharePercent();
        return SurveyWords.percent(shares.getOrDefault(stage, java.math.BigDecimal.ZERO));
    }
}
