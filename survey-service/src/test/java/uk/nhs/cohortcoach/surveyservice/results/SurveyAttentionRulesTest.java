package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.ResponseRate;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/** A survey needs attention when its open wave closes within three days with a rate under half or fewer than 5 answers. */
class SurveyAttentionRulesTest {

    @Test
    void aShownRateUnderHalfWithThreeDaysOrFewerToCloseIsFlagged() {
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 3L, shown(20, 9))).containsExactly(new SurveyAttention(
                SurveyAttention.Reason.RESPONSE_RATE_LOW, "The response rate is 45% and the survey closes in 3 days"));
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 1L, shown(20, 9)).get(0).words()).endsWith("closes tomorrow");
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 0L, shown(20, 9)).get(0).words()).endsWith("closes today");
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 4L, shown(20, 9))).isEmpty();
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 2L, shown(20, 10))).as("exactly half").isEmpty();
        assertThat(SurveyAttentionRules.of(WaveStatus.CLOSED, null, shown(20, 9))).isEmpty();
    }

    @Test
    void fewerThanFiveIsFlaggedInItsOwnWordsAndARateHiddenToProtectAnotherIsNot() {
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 2L, hidden(8, Disclosure.Reason.FEWER_THAN_5))).containsExactly(
                new SurveyAttention(SurveyAttention.Reason.TOO_FEW_RESPONSES,
                        "Fewer than 5 have answered and the survey closes in 2 days: its results will not be shown"));
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 2L, hidden(30, Disclosure.Reason.PROTECTS_ANOTHER))).isEmpty();
        assertThat(SurveyAttentionRules.of(WaveStatus.OPEN, 2L, hidden(0, Disclosure.Reason.FEWER_THAN_5))).as("nobody invited").isEmpty();
    }

    @Test
    void generatedRatesAreFlaggedExactlyWhenTheRuleSaysAndOnlyFromWhatIsShown() {
        Random random = new Random(20261207L);
        for (int i = 0; i < 5_000; i++) {
            WaveStatus status = WaveStatus.values()[random.nextInt(WaveStatus.values().length)];
            Long days = random.nextInt(5) == 0 ? null : (long) (random.nextInt(12) - 2);
            long invited = random.nextInt(40);
            long submitted = invited == 0 ? 0 : random.nextInt((int) invited + 1);
            Disclosure.Reason reason = random.nextInt(3) == 0 ? Disclosure.Reason.values()[random.nextInt(Disclosure.Reason.values().length)] : null;
            ResponseRate rate = reason == null ? shown(invited, submitted) : hidden(invited, reason);
            String seen = "case " + i + ": " + status + ", " + days + " days, " + rate;

            List<SurveyAttention> got = SurveyAttentionRules.of(status, days, rate);

            boolean closing = status == WaveStatus.OPEN && days != null && days >= 0 && days <= 3 && invited > 0;
            boolean low = closing && reason == null && submitted * 2 < invited;
            boolean few = closing && reason == Disclosure.Reason.FEWER_THAN_5;
            assertThat(got.stream().map(SurveyAttention::reason).toList()).as(seen).isEqualTo(
                    low ? List.of(SurveyAttention.Reason.RESPONSE_RATE_LOW) : few ? List.of(SurveyAttention.Reason.TOO_FEW_RESPONSES) : List.of());
            if (reason != null) {
                assertThat(got).as(seen + ": a hidden rate's words give no figure").allMatch(a -> !a.words().matches(".*\\d+%.*"));
            }
        }
    }

    private static ResponseRate shown(long invited, long submitted) {
        return WavePublication.rate(invited, submitted, null);
    }

    private static ResponseRate hidden(long invited, Disclosure.Reason reason) {
        return WavePublication.rate(invited, 0, reason);
    }
}
