package uk.nhs.cohortcoach.surveyservice.results;

import java.time.Instant;
import java.util.List;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.ResponseRate;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * A cohort's survey figures per collaborative in one answer: its latest opened wave (open or closed), each
 * collaborative's response rate and median stage by component in it, with the wave before it on the same framework
 * for the trend, and what needs attention. Every figure is the one the wave's own results publish, hidden the same way
 * ({@link Disclosure}); nothing here is not already in the results or the trend.
 *
 * @param wave           the latest opened wave; null when the cohort has none (then {@code collaboratives} is empty)
 * @param cohort         the whole cohort, for programme managers and a coach of every collaborative (else null)
 * @param collaboratives the collaboratives the caller may see, ordered by name
 */
public record CohortSurveySummary(String cohortId, LatestWave wave, GroupSummary cohort, List<GroupSummary> collaboratives) {

    public CohortSurveySummary {
        collaboratives = List.copyOf(collaboratives);
    }

    /**
     * @param daysToClose whole days from today (Europe/London) to the day it closes, 0 on its last day; null once closed
     * @param previousWaveId the wave opened before it in the cohort on the same framework (any version), the trend's
     *                       other point; null when there is none
     */
    public record LatestWave(String waveId, String label, WaveStatus status, Instant opensAt, Instant closesAt, Long daysToClose,
            String previousWaveId, String previousLabel) {
    }

    /**
     * One group: a collaborative ({@code collaborativeId} set) or the cohort (null). When its figures are hidden,
     * {@code suppressed} with the reason and its words, no component has a median, and the response rate shows only
     * the number invited.
     */
    public record GroupSummary(String collaborativeId, String name, ResponseRate responseRate, boolean suppressed,
            Disclosure.Reason reason, String note, List<ComponentSummary> components, List<SurveyAttention> attention) {

        public GroupSummary {
            components = List.copyOf(components);
            attention = List.copyOf(attention);
        }
    }

    /**
     * A component's median stage in the latest wave and in the previous one (each as that wave's results show it; null
     * when hidden, not answered, or there is no previous wave), and the {@code trend} between them over the statements
     * both waves asked, as the trend endpoint compares them (null when either is missing).
     */
    public record ComponentSummary(String component, String title, Stage medianStage, Stage previousMedianStage, Trend trend) {
    }

    /** Which way a component's median stage moved since the previous wave. */
    public enum Trend {
        UP, SAME, DOWN
    }
}
