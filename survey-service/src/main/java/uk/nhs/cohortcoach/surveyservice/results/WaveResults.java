package uk.nhs.cohortcoach.surveyservice.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;

/** Results of one wave: the cohort group (when the viewer may see it) and each collaborative the viewer may see. */
public record WaveResults(String waveId, String cohortId, String label, String frameworkId, int frameworkNumber,
        Group cohort, List<Group> collaboratives, List<RoleGroup> roles) {

    public WaveResults {
        collaboratives = List.copyOf(collaboratives);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** One group: a collaborative ({@code collaborativeId} set) or the whole cohort ({@code collaborativeId} null). */
    public record Group(String collaborativeId, String name, ResponseRate responseRate, GroupFigures figures) {
    }

    /** The cohort's respondents of one leadership role category (as the responses carry it), across its collaboratives. */
    public record RoleGroup(String roleCategory, GroupFigures figures) {
    }

    /**
     * Invited (never hidden: not personal) and submitted. When the group's figures are hidden, neither the
     * submitted count nor the rate is shown: {@code suppressed}, with the {@code reason} and its {@code note}.
     */
    public record ResponseRate(long invited, Long submitted, BigDecimal ratePercent, boolean suppressed, Disclosure.Reason reason,
            String note) {
    }

    /**
     * The trend of one group across the waves of a cohort on the same framework (any of its versions), oldest first.
     * Statements are compared by id: a component's points pool only the statements every one of those waves asked
     * ({@code comparedStatements}), so a statement added or removed between versions never moves them; each
     * statement has its own points, with {@code asked: false} where a wave did not ask it.
     */
    public record Trend(String cohortId, String collaborativeId, String name, String frameworkId, int frameworkNumber,
            List<TrendWave> waves, List<ComponentTrend> components) {
    }

    public record TrendWave(String waveId, String label, Instant opensAt, int frameworkNumber, boolean suppressed, String note) {
    }

    public record ComponentTrend(String component, String title, List<String> comparedStatements, List<ComponentPoint> points,
            List<StatementTrend> statements) {
    }

    /** How a statement fares across the trend's waves (by id, whatever its text in each version). */
    public enum StatementChange {
        /** asked in every wave */
        KEPT,
        /** not asked in the first wave, asked in the last */
        ADDED,
        /** asked in the first wave, not in the last */
        REMOVED,
        /** asked in some waves only: in both the first and the last, or in neither */
        IN_SOME_WAVES
    }

    /** One statement across the waves: its text as the latest version asking it words it. */
    public record StatementTrend(String statementId, String text, StatementChange change, List<StatementPoint> points) {
    }

    /**
     * One statement in one wave: {@code asked: false} (no figures, not a zero) when that wave's framework version did
     * not have it; no figures when that wave's group is suppressed.
     */
    public record StatementPoint(String waveId, String label, boolean asked, boolean suppressed, String note, Long answers,
            Map<Stage, BigDecimal> sharePercent) {
    }

    /** One component in one wave; no figures when that wave's group is suppressed. */
    public record ComponentPoint(String waveId, String label, boolean suppressed, String note, Stage medianStage,
            Map<Stage, BigDecimal> sharePercent) {
    }
}
