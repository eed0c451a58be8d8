package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.ComponentFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.Counts;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.StatementFigures;

/**
 * Random responses (seeded), counted as submissions count them, checked against a brute-force
 * recount from the raw responses: shares, lower medians, suppression — per collaborative and for the cohort.
 */
class ResultsCalculatorPropertyTest {

    private static final long SEED = 20261122L;

    private final ResultsCalculator calculator = new ResultsCalculator();

    @Test
    void countsGiveTheSameFiguresAsRecountingTheResponses() {
        Random random = new Random(SEED);
        for (int iteration = 0; iteration < 200; iteration++) {
            Framework framework = Fixtures.framework("f", 1, 1 + random.nextInt(6), 1 + random.nextInt(5));
            int collaboratives = 1 + random.nextInt(4);
            int total = random.nextInt(41);
            List<List<Map<String, String>>> raw = new ArrayList<>();
            List<Fixtures.Tally> tallies = new ArrayList<>();
            for (int c = 0; c < collaboratives; c++) {
                raw.add(new ArrayList<>());
                tallies.add(new Fixtures.Tally());
            }
            for (int r = 0; r < total; r++) {
                Map<String, String> answers = new HashMap<>();
                for (Framework.Component component : framework.components()) {
                    for (Framework.Statement statement : component.statements()) {
                        if (statement.required() || random.nextInt(4) != 0) {
                            answers.put(statement.id(), Stage.values()[random.nextInt(Stage.values().length)].name());
                        }
                    }
                }
                int c = random.nextInt(collaboratives);
                raw.get(c).add(answers);
                tallies.get(c).add(answers);
            }
            List<Map<String, String>> everyone = new ArrayList<>();
            for (int c = 0; c < collaboratives; c++) {
                everyone.addAll(raw.get(c));
                check("iteration " + iteration + " collaborative " + c, framework, raw.get(c),
                        calculator.calculate(framework, tallies.get(c).counts()));
            }
            check("iteration " + iteration + " cohort", framework, everyone,
                    calculator.calculate(framework, Counts.sum(tallies.stream().map(Fixtures.Tally::counts).toList())));
        }
    }

    private static void check(String what, Framework framework, List<Map<String, String>> responses, GroupFigures figures) {
        if (responses.size() < 5) {
            assertThat(figures.suppressed()).as(what).isTrue();
            assertThat(figures.note()).isEqualTo("fewer than 5");
            assertThat(figures.responses()).as(what).isNull();
            assertThat(figures.components()).as(what).isEmpty();
            return;
        }
        assertThat(figures.suppressed()).as(what).isFalse();
        assertThat(figures.responses()).as(what).isEqualTo(responses.size());
        for (int i = 0; i < framework.components().size(); i++) {
            Framework.Component component = framework.components().get(i);
            ComponentFigures got = figures.components().get(i);
            List<Stage> pooled = new ArrayList<>();
            for (int j = 0; j < component.statements().size(); j++) {
                String id = component.statements().get(j).id();
                List<Stage> answers = responses.stream().filter(r -> r.containsKey(id)).map(r -> Stage.valueOf(r.get(id))).toList();
                pooled.addAll(answers);
                StatementFigures statement = got.statements().get(j);
                assertThat(statement.answers()).as(what + " " + id).isEqualTo(answers.size());
                assertShares(what + " " + id, answers, statement.sharePercent());
            }
            assertThat(got.answers()).isEqualTo(pooled.size());
            assertShares(what + " " + component.component(), pooled, got.sharePercent());
            List<Stage> sorted = pooled.stream().sorted().toList();
            Stage median = sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
            assertThat(got.medianStage()).as(what + " median " + component.component()).isEqualTo(median);
        }
    }

    private static void assertShares(String what, List<Stage> answers, Map<Stage, BigDecimal> shares) {
        for (Stage stage : Stage.values()) {
            long n = answers.stream().filter(stage::equals).count();
            BigDecimal expected = answers.isEmpty() ? BigDecimal.ZERO
                    : new BigDecimal(n * 100.0 / answers.size()).setScale(1, RoundingMode.HALF_UP);
            // double arithmetic can differ from exact decimal only at an exact .x5 boundary; recount exactly there
            BigDecimal exact = answers.isEmpty() ? BigDecimal.ZERO
                    : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(answers.size()), 1, RoundingMode.HALF_UP);
            assertThat(shares.get(stage)).as(what + " " + stage).isEqualByComparingTo(exact);
            assertThat(shares.get(stage).subtract(expected).abs()).as(what + " " + stage).isLessThanOrEqualTo(new BigDecimal("0.1"));
            assertThat(shares.get(stage).scale()).isEqualTo(1);
        }
        if (!answers.isEmpty()) {
            BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).as(what + " sums to 100").isLessThanOrEqualTo(new BigDecimal("0.3"));
        }
    }
}
