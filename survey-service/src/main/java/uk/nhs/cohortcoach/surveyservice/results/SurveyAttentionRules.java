package uk.nhs.cohortcoach.surveyservice.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.ResponseRate;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * What needs attention in a collaborative's survey, decided only from what its results already publish, so a flag
 * gives nothing away: with the wave open and {@value #CLOSING_DAYS} days or fewer to close,
 * <ul>
 * <li>{@code RESPONSE_RATE_LOW}: the response rate is shown and under {@value #LOW_RATE_PERCENT}%;</li>
 * <li>{@code TOO_FEW_RESPONSES}: the rate is hidden because fewer than 5 have answered (which the results say too).</li>
 * </ul>
 * A rate hidden to protect another group flags nothing: saying anything about it would say something about its count.
 * Plain Java.
 */
public final class SurveyAttentionRules {

    public static final int CLOSING_DAYS = 3;
    public static final int LOW_RATE_PERCENT = 50;

    private SurveyAttentionRules() {
    }

    public static List<SurveyAttention> of(WaveStatus status, Long daysToClose, ResponseRate rate) {
        List<SurveyAttention> items = new ArrayList<>();
        if (status != WaveStatus.OPEN || daysToClose == null || daysToClose < 0 || daysToClose > CLOSING_DAYS || rate == null
                || rate.invited() == 0) {
            return items;
        }
        if (!rate.suppressed() && rate.ratePercent() != null && rate.ratePercent().compareTo(BigDecimal.valueOf(LOW_RATE_PERCENT)) < 0) {
            items.add(new SurveyAttention(SurveyAttention.Reason.RESPONSE_RATE_LOW, "The response rate is "
                    + rate.ratePercent().stripTrailingZeros().toPlainString() + "% and the survey " + closing(daysToClose)));
        } else if (rate.suppressed() && rate.reason() == Disclosure.Reason.FEWER_THAN_5) {
            items.add(new SurveyAttention(SurveyAttention.Reason.TOO_FEW_RESPONSES,
                    "Fewer than 5 have answered and the survey " + closing(daysToClose) + ": its results will not be shown"));
        }
        return items;
    }

    private static String closing(long days) {
        return days == 0 ? "closes today" : days == 1 ? "closes tomorrow" : "closes in " + days + " days";
    }
}
