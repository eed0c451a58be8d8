package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.Counts;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * The {@link Adversary} against thousands of random cohorts (seeded): 1–8 collaboratives of 0–12
 * respondents, random answers and leadership roles, one or two waves. Every view is published as the
 * API publishes it, and nothing the adversary works out may be a hidden group's exact respondent count
 * or answers. Every case has its own seed, printed on failure; {@code -Dattack.seed=<seed>} reruns one,
 * {@code -Dattack.cases=<n>} runs more.
 */
class DisclosureAttackTest {

    private static final long SEED = 20260514L;
    private static final int CASES = 4000;
    private static final String[] ROLES = {"CHAIR", "CHIEF_EXECUTIVE", "IMPROVEMENT_LEAD", "OTHER"};
    private static final Framework FRAMEWORK = Fixtures.framework("f", 1, 2, 2);

    /** The truth about one group in one wave: its respondents' answers. */
    private record Truth(long count, Map<String, long[]> answers) {
    }

    @Test
    void noHiddenGroupsCountOrAnswersCanBeWorkedOutFromEverythingPublished() {
        String only = System.getProperty("attack.seed");
        long first = only == null ? SEED : Long.parseLong(only);
        int cases = only == null ? Integer.getInteger("attack.cases", CASES) : 1;
        List<String> failures = new ArrayList<>();
        int hiddenSeen = 0;
        for (int i = 0; i < cases; i++) {
            long seed = first + i;
            Random random = new Random(seed);
            int waves = 1 + random.nextInt(2);
            int collaboratives = 1 + random.nextInt(8);
            long[] invitedExtra = new long[collaboratives];
            for (int c = 0; c < collaboratives; c++) {
                invitedExtra[c] = random.nextInt(4);
            }
            StringBuilder story = new StringBuilder();
            List<Adversary.Recovery> recovered = new ArrayList<>();
            Map<String, Truth> truth = new HashMap<>();
            WavePublication.Input previousInput = null;
            for (int w = 0; w < waves; w++) {
                String wave = "wave" + (w + 1);
                List<WavePublication.CollaborativeInput> inputs = new ArrayList<>();
                Map<String, Fixtures.Tally> byRole = new LinkedHashMap<>();
                story.append(wave).append(": collaboratives");
                for (int c = 0; c < collaboratives; c++) {
                    int n = random.nextInt(13);
                    Fixtures.Tally tally = new Fixtures.Tally();
                    for (int r = 0; r < n; r++) {
                        Map<String, String> answers = answers(random);
                        tally.add(answers);
                        String role = ROLES[Math.min(ROLES.length - 1, random.nextInt(ROLES.length + 2))];
                        byRole.computeIfAbsent(role, k -> new Fixtures.Tally()).add(answers);
                    }
                    String name = "C" + (c + 1);
                    inputs.add(new WavePublication.CollaborativeInput("id-" + name, name, n + invitedExtra[c], tally.counts()));
                    truth.put(wave + "/" + name, new Truth(n, byStage(tally)));
                    story.append(' ').append(name).append('=').append(n);
                }
                story.append("; roles");
                Map<String, Counts> roleCounts = new LinkedHashMap<>();
                byRole.forEach((role, tally) -> {
                    roleCounts.put(role, tally.counts());
                    truth.put(wave + "/role " + role, new Truth(tally.responses, byStage(tally)));
                    story.append(' ').append(role).append('=').append(tally.responses);
                });
                story.append(" | ");
                WavePublication.Input input = new WavePublication.Input(FRAMEWORK, inputs, roleCounts);
                WaveResults results = WavePublication.results(wave, "cohort", wave, "f", 1, input);
                Map<String, GroupFigures> trend = new HashMap<>();
                trend.put(null, WavePublication.trendFigures(input, null));
                inputs.forEach(c -> trend.put(c.id(), WavePublication.trendFigures(input, c.id())));
                // the dashboards' survey summary of this wave (open, closing within a few days), with the previous wave for the trend
                List<CohortSurveySummary.GroupSummary> summary = SummaryPublication.groups(FRAMEWORK,
                        SummaryPublication.WaveViews.of(input, previousInput == null ? null : FRAMEWORK),
                        previousInput == null ? null : SummaryPublication.WaveViews.of(previousInput, FRAMEWORK),
                        WaveStatus.OPEN, (long) new Random(seed * 31 + w).nextInt(5)); // its own random: the cases stay as they were
                checkSummaryHidesWhatTheResultsHide(seed, results, summary);
                previousInput = input;
                Adversary.Published published = new Adversary.Published(FRAMEWORK, results, ResultsCsv.write(results),
                        WavePublication.counts(input, inputs.stream().mapToLong(WavePublication.CollaborativeInput::invited).sum()), trend,
                        summary);
                hiddenSeen += (int) results.collaboratives().stream().filter(g -> g.figures().suppressed()).count();
                recovered.addAll(new Adversary().attack(wave, published));
            }
            for (Adversary.Recovery r : recovered) {
                Truth t = truth.get(r.wave() + "/" + r.group());
                // the adversary only claims what follows from what is published: check it is right
                if (r.statement() == null) {
                    assertThat(r.count()).as("seed %d: the adversary's claim %s", seed, r).isEqualTo(t.count());
                } else {
                    assertThat(r.byStage()).as("seed %d: the adversary's claim %s", seed, r).containsExactly(t.answers().get(r.statement()));
                }
            }
            if (!recovered.isEmpty()) {
                failures.add("seed " + seed + " — " + story + "recovered: " + recovered);
            }
        }
        System.out.printf("disclosure attack: %d cases from seed %d, %d hidden collaboratives, %d cases with a hidden figure worked out%n",
                cases, first, hiddenSeen, failures.size());
        failures.stream().limit(5).forEach(f -> System.out.println("  " + f));
        assertThat(failures.size()).as("cases where a hidden figure was worked out; the first: %s", failures.isEmpty() ? "" : failures.get(0))
                .isZero();
    }

    /**
     * The summary shows no figure of a hidden group in this wave: its rate as the results show it, no median, no trend, no
     * flag other than "fewer than 5".
     */
    private static void checkSummaryHidesWhatTheResultsHide(long seed, WaveResults results, List<CohortSurveySummary.GroupSummary> summary) {
        List<WaveResults.Group> groups = new ArrayList<>(results.collaboratives());
        groups.add(results.cohort());
        for (int i = 0; i < groups.size(); i++) {
            WaveResults.Group shown = groups.get(i);
            CohortSurveySummary.GroupSummary row = summary.get(i);
            assertThat(row.responseRate()).as("seed %d: %s's rate in the summary", seed, shown.name()).isEqualTo(shown.responseRate());
            assertThat(row.suppressed()).as("seed %d: %s hidden in the summary", seed, shown.name()).isEqualTo(shown.figures().suppressed());
            if (shown.figures().suppressed()) {
                // the previous wave's median may show: it is that wave's own published result, as in the trend
                assertThat(row.components()).as("seed %d: %s's medians", seed, shown.name())
                        .allMatch(c -> c.medianStage() == null && c.trend() == null);
                assertThat(row.attention()).as("seed %d: %s's flags", seed, shown.name())
                        .allMatch(a -> a.reason() == SurveyAttention.Reason.TOO_FEW_RESPONSES
                                && shown.figures().reason() == Disclosure.Reason.FEWER_THAN_5);
            }
        }
    }

    private static Map<String, String> answers(Random random) {
        Map<String, String> answers = new HashMap<>();
        for (Framework.Component component : FRAMEWORK.components()) {
            for (Framework.Statement statement : component.statements()) {
                if (statement.required() || random.nextInt(4) != 0) {
                    answers.put(statement.id(), Stage.values()[random.nextInt(Stage.values().length)].name());
                }
            }
        }
        return answers;
    }

    private static Map<String, long[]> byStage(Fixtures.Tally tally) {
        Map<String, long[]> answers = new HashMap<>();
        for (Framework.Component component : FRAMEWORK.components()) {
            for (Framework.Statement statement : component.statements()) {
                long[] counts = new long[Stage.values().length];
                Map<String, Long> got = tally.stages.getOrDefault(statement.id(), Map.of());
                for (Stage stage : Stage.values()) {
                    counts[stage.ordinal()] = got.getOrDefault(stage.name(), 0L);
                }
                answers.put(statement.id(), counts);
            }
        }
        return answers;
    }

}
