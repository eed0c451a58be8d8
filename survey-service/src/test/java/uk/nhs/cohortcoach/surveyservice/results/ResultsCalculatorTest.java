package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.Counts;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;

class ResultsCalculatorTest {

    private final ResultsCalculator calculator = new ResultsCalculator();
    private final Framework framework = Fixtures.framework("f", 1, 2, 2);

    @Test
    void sharesPerStatementAndPooledPerComponentWithOneDecimal() {
        Fixtures.Tally tally = new Fixtures.Tally();
        tally.add(Map.of("c0-s0", "UNDERWAY", "c0-s1", "JUST_STARTED", "c1-s0", "FULLY_EMBEDDED"));
        tally.add(Map.of("c0-s0", "UNDERWAY", "c0-s1", "UNDERWAY", "c1-s0", "FULLY_EMBEDDED"));
        tally.add(Map.of("c0-s0", "JUST_STARTED", "c1-s0", "NOT_YET_STARTED"));
        tally.add(Map.of("c0-s0", "SUBSTANTIAL_PROGRESS", "c1-s0", "NOT_YET_STARTED"));
        tally.add(Map.of("c0-s0", "UNDERWAY", "c1-s0", "NOT_YET_STARTED"));

        GroupFigures figures = calculator.calculate(framework, tally.counts());

        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.responses()).isEqualTo(5);
        var c0 = figures.components().get(0);
        assertThat(c0.statements().get(0).answers()).isEqualTo(5);
        assertThat(c0.statements().get(0).sharePercent().get(Stage.UNDERWAY)).isEqualByComparingTo("60.0");
        // statement c0-s1 answered twice: shares of those who answered it
        assertThat(c0.statements().get(1).answers()).isEqualTo(2);
        assertThat(c0.statements().get(1).sharePercent().get(Stage.JUST_STARTED)).isEqualByComparingTo("50.0");
        // pooled: 7 answers — JS 2, U 4, SP 1
        assertThat(c0.answers()).isEqualTo(7);
        assertThat(c0.sharePercent().get(Stage.JUST_STARTED)).isEqualByComparingTo("28.6");
        assertThat(c0.sharePercent().get(Stage.UNDERWAY)).isEqualByComparingTo("57.1");
        assertThat(c0.sharePercent().get(Stage.SUBSTANTIAL_PROGRESS)).isEqualByComparingTo("14.3");
        assertThat(c0.sharePercent().get(Stage.NOT_YET_STARTED).toPlainString()).isEqualTo("0.0");
        assertThat(c0.medianStage()).isEqualTo(Stage.UNDERWAY);
        var c1 = figures.components().get(1);
        assertThat(c1.medianStage()).isEqualTo(Stage.NOT_YET_STARTED);
        assertThat(c1.statements().get(1).answers()).isZero();
        assertThat(c1.statements().get(1).sharePercent().get(Stage.UNDERWAY).toPlainString()).isEqualTo("0.0");
    }

    @Test
    void lowerMedianOnTies() {
        assertThat(ResultsCalculator.lowerMedian(new long[] {0, 2, 0, 2, 0})).isEqualTo(Stage.JUST_STARTED);
        assertThat(ResultsCalculator.lowerMedian(new long[] {1, 0, 0, 0, 1})).isEqualTo(Stage.NOT_YET_STARTED);
        assertThat(ResultsCalculator.lowerMedian(new long[] {0, 1, 1, 1, 0})).isEqualTo(Stage.UNDERWAY);
        assertThat(ResultsCalculator.lowerMedian(new long[] {0, 0, 0, 0, 0})).isNull();
    }

    @Test
    void fewerThanFiveResponsesShowNothingNotEvenTheCount() {
        Fixtures.Tally tally = new Fixtures.Tally();
        for (int i = 0; i < 4; i++) {
            tally.add(Map.of("c0-s0", "UNDERWAY"));
        }
        GroupFigures figures = calculator.calculate(framework, tally.counts());
        assertThat(figures.suppressed()).isTrue();
        assertThat(figures.note()).isEqualTo("fewer than 5");
        assertThat(figures.responses()).isNull();
        assertThat(figures.components()).isEmpty();
        assertThat(calculator.calculate(framework, Counts.NONE).suppressed()).isTrue();
    }

    @Test
    void aCohortIsTheSumOfItsCollaboratives() {
        Fixtures.Tally a = new Fixtures.Tally();
        Fixtures.Tally b = new Fixtures.Tally();
        for (int i = 0; i < 3; i++) {
            a.add(Map.of("c0-s0", "UNDERWAY"));
            b.add(Map.of("c0-s0", "FULLY_EMBEDDED"));
        }
        assertThat(calculator.calculate(framework, a.counts()).suppressed()).isTrue();
        GroupFigures cohort = calculator.calculate(framework, Counts.sum(List.of(a.counts(), b.counts())));
        assertThat(cohort.suppressed()).isFalse();
        assertThat(cohort.responses()).isEqualTo(6);
        assertThat(cohort.components().get(0).sharePercent().get(Stage.FULLY_EMBEDDED)).isEqualByComparingTo("50.0");
        assertThat(cohort.components().get(0).medianStage()).isEqualTo(Stage.UNDERWAY);
    }
}
