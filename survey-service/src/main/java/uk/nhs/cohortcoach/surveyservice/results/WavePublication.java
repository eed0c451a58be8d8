package uk.nhs.cohortcoach.surveyservice.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.results.Disclosure.Cell;
import uk.nhs.cohortcoach.surveyservice.results.Disclosure.Decision;
import uk.nhs.cohortcoach.surveyservice.results.Disclosure.Reason;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.Counts;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.Group;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.ResponseRate;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.RoleGroup;

/**
 * Everything published about one wave, built from its counts with no database and with
 * {@link Disclosure} applied to every figure before it leaves: the results (cohort, collaboratives,
 * leadership roles), the wave's own counts, and the wave's point in a trend. Plain Java, so the attack
 * test plays the adversary against exactly what the API sends.
 */
final class WavePublication {

    /** One collaborative of the wave's cohort: its invitations and the running counts of its responses. */
    record CollaborativeInput(String id, String name, long invited, Counts counts) {
    }

    /**
     * What a wave's results are made of: the collaboratives (in the order shown) and the counts by
     * leadership role category, as the responses carry it (empty when not available).
     */
    record Input(Framework framework, List<CollaborativeInput> collaboratives, Map<String, Counts> byRole) {
    }

    /** Role categories in the order shown; any other category the responses carry follows, alphabetically. */
    static final List<String> ROLE_ORDER = List.of("CHAIR", "CHIEF_EXECUTIVE", "NON_EXECUTIVE_DIRECTOR", "EXECUTIVE_DIRECTOR",
            "IMPROVEMENT_LEAD", "PUBLIC_HEALTH_LEAD", "OTHER");

    private static final ResultsCalculator CALCULATOR = new ResultsCalculator();

    private WavePublication() {
    }

    /** Every group of the wave, for a reader who sees everything (the caller leaves out what a coach may not see). */
    static WaveResults results(String waveId, String cohortId, String label, String frameworkId, int frameworkNumber, Input input) {
        Decision decision = decide(input);
        List<Group> groups = new ArrayList<>();
        long invited = 0;
        for (CollaborativeInput c : input.collaboratives()) {
            Reason reason = decision.of(collaborativeKey(c.id())).orElse(null);
            groups.add(new Group(c.id(), c.name(), rate(c.invited(), c.counts().responses(), reason), figures(input.framework(), c.counts(), reason)));
            invited += c.invited();
        }
        Group cohort = input.collaboratives().isEmpty() ? null
                : new Group(null, "Cohort", rate(invited, total(input), decision.total()),
                        figures(input.framework(), Counts.sum(input.collaboratives().stream().map(CollaborativeInput::counts).toList()),
                                decision.total()));
        List<RoleGroup> roles = new ArrayList<>();
        if (rolesUsable(input)) {
            for (String role : roleOrder(input.byRole())) {
                roles.add(new RoleGroup(role, figures(input.framework(), input.byRole().get(role), decision.of(roleKey(role)).orElse(null))));
            }
        }
        return new WaveResults(waveId, cohortId, label, frameworkId, frameworkNumber, cohort, groups, roles);
    }

    /** The wave's counts as the wave list and wave page show them: submitted only when the cohort's total is shown. */
    static WaveCounts counts(Input input, long invited) {
        Reason reason = decide(input).total();
        return reason == null ? new WaveCounts(invited, total(input), false, null, null)
                : new WaveCounts(invited, null, true, reason, reason.note());
    }

    /** The wave's point in the trend of a collaborative, or of the cohort ({@code collaborativeId} null): as the wave's results show it. */
    static GroupFigures trendFigures(Input input, String collaborativeId) {
        WaveResults results = results(null, null, null, null, 0, input);
        if (collaborativeId == null) {
            return results.cohort() == null ? GroupFigures.suppressedGroup() : results.cohort().figures();
        }
        return results.collaboratives().stream().filter(g -> g.collaborativeId().equals(collaborativeId)).map(Group::figures)
                .findFirst().orElse(GroupFigures.suppressedGroup());
    }

    /** Who may see which figure: the collaboratives and (when available) the roles are two breakdowns of the cohort's total. */
    static Decision decide(Input input) {
        List<Cell> collaboratives = input.collaboratives().stream()
                .map(c -> new Cell(collaborativeKey(c.id()), c.counts().responses(),
                        c.invited() >= c.counts().responses() ? c.invited() : -1))
                .toList();
        List<List<Cell>> breakdowns = new ArrayList<>();
        breakdowns.add(collaboratives);
        if (rolesUsable(input)) {
            breakdowns.add(input.byRole().entrySet().stream().map(e -> new Cell(roleKey(e.getKey()), e.getValue().responses(), -1)).toList());
        }
        return Disclosure.decide(total(input), breakdowns);
    }

    private static GroupFigures figures(Framework framework, Counts counts, Reason reason) {
        return reason == null ? CALCULATOR.calculate(framework, counts) : GroupFigures.hidden(reason);
    }

    static ResponseRate rate(long invited, long submitted, Reason reason) {
        if (reason != null) {
            return new ResponseRate(invited, null, null, true, reason, reason.note());
        }
        BigDecimal percent = invited == 0 ? null : BigDecimal.valueOf(submitted).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
        return new ResponseRate(invited, submitted, percent, false, null, null);
    }

    private static long total(Input input) {
        return input.collaboratives().stream().mapToLong(c -> c.counts().responses()).sum();
    }

    /**
     * The role breakdown is published only when it adds up to the cohort's total (the responses and the
     * running counts are written one after the other, so for a moment they can differ by one).
     */
    private static boolean rolesUsable(Input input) {
        return input.byRole() != null && !input.byRole().isEmpty()
                && input.byRole().values().stream().mapToLong(Counts::responses).sum() == total(input);
    }

    private static List<String> roleOrder(Map<String, Counts> byRole) {
        return byRole.keySet().stream().sorted(Comparator.comparingInt((String r) -> {
            int i = ROLE_ORDER.indexOf(r);
            return i < 0 ? ROLE_ORDER.size() : i;
        }).thenComparing(Comparator.naturalOrder())).toList();
    }

    private static String collaborativeKey(String id) {
        return "collaborative:" + id;
    }

    private static String roleKey(String role) {
        return "role:" + role;
    }
}
