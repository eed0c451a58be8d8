package uk.nhs.cohortcoach.web.surveys;

import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.web.api.WaveResults;
import uk.nhs.cohortcoach.web.page.Dates;

/**
 * The trend of one group across the cohort's waves, for its table: one column per wave, one row per component,
 * a hidden wave's cells saying why; statements added or removed between framework versions listed apart.
 * Public: the template reads it.
 */
public record TrendView(String groupId, String name, WaveResults.Trend trend) {

    private static final Map<String, String> CHANGES = Map.of("ADDED", "Added", "REMOVED", "Removed", "IN_SOME_WAVES", "In some waves only");

    /** A wave's column heading: "Baseline (1 April 2026)". */
    public static String heading(WaveResults.TrendWave wave) {
        return SurveyWords.label(wave.label()) + " (" + Dates.date(wave.opensAt()) + ")";
    }

    /** One component in one wave: its median stage, or why it is hidden. */
    public String cell(WaveResults.ComponentTrend component, WaveResults.TrendWave wave) {
        return component.points().stream().filter(p -> p.waveId().equals(wave.waveId())).findFirst()
                .map(p -> p.suppressed() ? SurveyWords.hidden(p.note()) : SurveyWords.stage(p.medianStage()))
                .orElse(SurveyWords.hidden(wave.note()));
    }

    /** Whether a cell is a hidden figure (styled as such). */
    public boolean hiddenCell(WaveResults.ComponentTrend component, WaveResults.TrendWave wave) {
        return component.points().stream().filter(p -> p.waveId().equals(wave.waveId())).findFirst().map(WaveResults.Point::suppressed)
                .orElse(true);
    }

    /** The waves whose figures for this group are hidden, in words. */
    public List<String> hiddenWaves() {
        return trend.waves().stream().filter(WaveResults.TrendWave::suppressed)
                .map(w -> SurveyWords.label(w.label()) + " (" + SurveyWords.hidden(w.note()) + ")").toList();
    }

    /** A statement that was not asked in every wave, with its component. */
    public record Changed(String component, WaveResults.StatementTrend statement) {

        public String change() {
            return CHANGES.getOrDefault(statement.change(), statement.change());
        }

        public String in(WaveResults.TrendWave wave) {
            return statement.points().stream().filter(p -> p.waveId().equals(wave.waveId())).findFirst()
                    .map(p -> !p.asked() ? "Not asked" : p.suppressed() ? SurveyWords.hidden(p.note()) : p.answers() + " answered")
                    .orElse("Not asked");
        }
    }

    public List<Changed> changed() {
        return trend.components().stream().flatMap(c -> c.statements().stream().filter(s -> !"KEPT".equals(s.change()))
                .map(s -> new Changed(c.title(), s))).toList();
    }
}
