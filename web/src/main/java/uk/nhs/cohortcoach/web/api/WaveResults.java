package uk.nhs.cohortcoach.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A wave's results as survey-service's {@code GET /api/waves/{id}/results} gives them: the whole cohort (when
 * the person may see it), each collaborative, and the cohort by leadership role. A hidden group has
 * {@code suppressed} and a {@code note} saying why, and no figures: a page never has a hidden figure to show.
 */
public record WaveResults(String waveId, String cohortId, String label, String frameworkId, int frameworkNumber,
        Group cohort, List<Group> collaboratives, List<RoleGroup> roles) {

    public WaveResults {
        collaboratives = collaboratives == null ? List.of() : List.copyOf(collaboratives);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A collaborative ({@code collaborativeId} set) or the whole cohort. */
    public record Group(String collaborativeId, String name, ResponseRate responseRate, Figures figures) {
    }

    public record RoleGroup(String roleCategory, Figures figures) {
    }

    public record ResponseRate(long invited, Long submitted, BigDecimal ratePercent, boolean suppressed, String note) {
    }

    /** A group's figures, or none ({@code suppressed}, with the {@code note}). */
    public record Figures(boolean suppressed, String note, Long responses, List<Component> components) {

        public Figures {
            components = components == null ? List.of() : List.copyOf(components);
        }
    }

    /** A component: its median stage and the share of answers at each stage (stage name → percent). */
    public record Component(String component, String title, long answers, String medianStage, Map<String, BigDecimal> sharePercent) {

        public Component {
            sharePercent = sharePercent == null ? Map.of() : Map.copyOf(sharePercent);
        }
    }

    /** The trend of one group across the cohort's waves on the same framework, oldest first. */
    public record Trend(String name, List<TrendWave> waves, List<ComponentTrend> components) {

        public Trend {
            waves = waves == null ? List.of() : List.copyOf(waves);
            components = components == null ? List.of() : List.copyOf(components);
        }
    }

    public record TrendWave(String waveId, String label, Instant opensAt, int frameworkNumber, boolean suppressed, String note) {
    }

    public record ComponentTrend(String component, String title, List<Point> points, List<StatementTrend> statements) {

        public ComponentTrend {
            points = points == null ? List.of() : List.copyOf(points);
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    public record Point(String waveId, boolean suppressed, String note, String medianStage) {
    }

    /** A statement across the waves; {@code change} {@code KEPT}, {@code ADDED}, {@code REMOVED} or {@code IN_SOME_WAVES}. */
    public record StatementTrend(String statementId, String text, String change, List<StatementPoint> points) {

        public StatementTrend {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    public record StatementPoint(String waveId, boolean asked, boolean suppressed, String note, Long answers) {
    }

    /** The comments of each collaborative whose figures are shown (programme managers only). */
    public record Comments(List<GroupComments> collaboratives) {

        public Comments {
            collaboratives = collaboratives == null ? List.of() : List.copyOf(collaboratives);
        }
    }

    public record GroupComments(String collaborativeId, String name, boolean suppressed, String note, List<Comment> comments) {

        public GroupComments {
            comments = comments == null ? List.of() : List.copyOf(comments);
        }
    }

    public record Comment(String component, String text) {
    }
}
