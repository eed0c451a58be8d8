package uk.nhs.cohortcoach.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.nhs.cohortcoach.web.api.CoachingSummary;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.WaveResults;
import uk.nhs.cohortcoach.web.surveys.SurveyWords;

/**
 * One row of the dashboard's progress table: a collaborative (or the whole cohort, {@code collaborative} null),
 * its coaching figures ({@code summary} null when coaching-service could not give them) and its response rate in
 * the latest wave ({@code rate} null when there is none). Public: the template reads it.
 */
public record Progress(Collaborative collaborative, CoachingSummary summary, WaveResults.ResponseRate rate) {

    static final String NOT_AVAILABLE = "Not available";

    public String sessions() {
        return summary == null ? NOT_AVAILABLE : summary.sessionsDelivered() + " of " + summary.sessionsPlanned();
    }

    public String hours() {
        return summary == null ? NOT_AVAILABLE : hours(summary.hoursDelivered()) + " of " + summary.hoursPlanned();
    }

    public String actions() {
        return summary == null ? NOT_AVAILABLE : summary.openActions() + " (" + summary.overdueActions() + " overdue)";
    }

    /** The response rate; a hidden one says why, never the number. */
    public String responseRate() {
        if (rate == null) {
            return "No survey yet";
        }
        if (rate.suppressed() || rate.submitted() == null) {
            String note = SurveyWords.hidden(rate.note());
            return SurveyWords.FEWER_THAN_5.equals(note) ? "fewer than 5 answered of " + rate.invited() + " invited"
                    : rate.invited() + " invited, responses " + note;
        }
        return SurveyWords.percent(rate.ratePercent()) + " (" + rate.submitted() + " of " + rate.invited() + ")";
    }

    public boolean rateHidden() {
        return rate != null && (rate.suppressed() || rate.submitted() == null);
    }

    private static String hours(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
