package uk.nhs.cohortcoach.surveyservice.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.Counts;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.Group;

/**
 * Everything published about one wave, built from its counts with no database: the results (cohort,
 * collaboratives), and the wave's own counts. Plain Java, so the attack test can play the adversary
 * against exactly what the API sends.
 */
final class WavePublication {

    /** One collaborative of the wave's cohort: invitations and the running counts of its responses. */
    record CollaborativeInput(String id, String name, long invited, long submitted, Counts counts) {
    }

    /** What a wave's results are made of: the collaboratives (ordered as shown) and the counts by role category. */
    record Input(Framework framework, List<CollaborativeInput> collaboratives, Map<String, Counts> byRole) {
    }

    private static final ResultsCalculator CALCULATOR = new ResultsCalculator();

    private WavePublication() {
    }

    /** Every group of the wave, for a reader who sees everything (the caller filters what a coach may see). */
    static WaveResults results(String waveId, String cohortId, String label, String frameworkId, int frameworkNumber, Input input) {
        List<Group> groups = new ArrayList<>();
        long invited = 0;
        long submitted = 0;
        List<Counts> parts = new ArrayList<>();
        for (CollaborativeInput c : input.collaboratives()) {
            groups.add(new Group(c.id(), c.name(), Results.rate(c.invited(), c.submitted()), CALCULATOR.calculate(input.framework(), c.counts())));
            invited += c.invited();
            submitted += c.submitted();
            parts.add(c.counts());
        }
        Group cohort = input.collaboratives().isEmpty() ? null
                : new Group(null, "Cohort", Results.rate(invited, submitted), CALCULATOR.calculate(input.framework(), Counts.sum(parts)));
        return new WaveResults(waveId, cohortId, label, frameworkId, frameworkNumber, cohort, groups, List.of());
    }

    /** The wave's counts as the wave list and wave page show them. */
    static WaveCounts counts(Input input) {
        long invited = 0;
        long submitted = 0;
        for (CollaborativeInput c : input.collaboratives()) {
            invited += c.invited();
            submitted += c.submitted();
        }
        return new WaveCounts(invited, submitted, false, null, null);
    }

    /** The figures of one group (a collaborative, or the cohort when {@code collaborativeId} is null) in one wave, for its trend. */
    static ResultsCalculator.GroupFigures trendFigures(Input input, String collaborativeId) {
        List<Counts> parts = input.collaboratives().stream()
                .filter(c -> collaborativeId == null || c.id().equals(collaborativeId)).map(CollaborativeInput::counts).toList();
        return CALCULATOR.calculate(input.framework(), Counts.sum(parts));
    }
}
