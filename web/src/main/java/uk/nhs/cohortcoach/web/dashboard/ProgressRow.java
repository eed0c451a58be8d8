package uk.nhs.cohortcoach.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.nhs.cohortcoach.web.api.CoachingFigures;
import uk.nhs.cohortcoach.web.api.SurveySummary;
import uk.nhs.cohortcoach.web.surveys.SurveyWords;

/**
 * One collaborative (or the whole cohort: {@code id} null) in words, from its coaching figures ({@code coaching} null when
 * coaching-service could not give them) and its latest survey wave ({@code survey} null when there is none). Never a
 * zero presented as a fact: no plan says "No plan set", nothing delivered says so. Public: the templates read it.
 */
public record ProgressRow(String id, String name, CoachingFigures.Row coaching, SurveySummary.Group survey) {

    static final String NOT_AVAILABLE = "Not available";
    static final String NO_PLAN = "No plan set";
    static final String NOTHING_DELIVERED = "No sessions delivered";

    /** Hours delivered of the plan: "3.5 of 24"; without a plan "No plan set" (with what was delivered, if any). */
    public String hours() {
        if (coaching == null) {
            return NOT_AVAILABLE;
        }
        CoachingFigures.Figures f = coaching.figures();
        if (f.hoursPlanned() <= 0) {
            return f.hoursDelivered() == null || f.hoursDelivered().signum() == 0 ? NO_PLAN
                    : NO_PLAN + " (" + hours(f.hoursDelivered()) + " delivered)";
        }
        return hours(f.hoursDelivered()) + " of " + f.hoursPlanned();
    }

    /** The hours the plan expects by now (spread over the cohort's days). */
    public String expected() {
        if (coaching == null) {
            return NOT_AVAILABLE;
        }
        return coaching.hoursExpectedByNow() == null ? NO_PLAN : hours(coaching.hoursExpectedByNow());
    }

    public String sessions() {
        if (coaching == null) {
            return NOT_AVAILABLE;
        }
        CoachingFigures.Figures f = coaching.figures();
        return f.sessionsPlanned() == 0 ? "None planned" : f.sessionsDelivered() + " of " + f.sessionsPlanned();
    }

    /** Attendees of those invited, over delivered sessions. */
    public String attendance() {
        if (coaching == null) {
            return NOT_AVAILABLE;
        }
        CoachingFigures.Figures f = coaching.figures();
        if (f.sessionsDelivered() == 0) {
            return NOTHING_DELIVERED;
        }
        return f.attendanceRate() == null ? "Nobody invited" : percent(f.attendees(), f.invitees()) + " (" + f.attendees() + " of " + f.invitees() + ")";
    }

    /** Delivered sessions in which an equity pause was held. */
    public String equityPauses() {
        if (coaching == null) {
            return NOT_AVAILABLE;
        }
        CoachingFigures.Figures f = coaching.figures();
        return f.sessionsDelivered() == 0 ? NOTHING_DELIVERED
                : percent(f.equityPausesHeld(), f.sessionsDelivered()) + " (" + f.equityPausesHeld() + " of " + f.sessionsDelivered() + ")";
    }

    public String actions() {
        if (coaching == null) {
            return NOT_AVAILABLE;
        }
        CoachingFigures.Figures f = coaching.figures();
        return f.openActions() == 0 ? "None open" : f.overdueActions() + " of " + f.openActions() + " open";
    }

    public String logsOverdue() {
        return coaching == null ? NOT_AVAILABLE : Integer.toString(coaching.logsOverdue());
    }

    /** The response rate; a hidden one says why, never the number. */
    public String responseRate() {
        if (survey == null || survey.responseRate() == null) {
            return "No survey yet";
        }
        var rate = survey.responseRate();
        if (rate.suppressed() || rate.submitted() == null) {
            String note = SurveyWords.hidden(rate.note());
            return SurveyWords.FEWER_THAN_5.equals(note) ? "fewer than 5 answered of " + rate.invited() + " invited"
                    : rate.invited() + " invited, responses " + note;
        }
        return rate.invited() == 0 ? "Nobody invited" : SurveyWords.percent(rate.ratePercent()) + " (" + rate.submitted() + " of " + rate.invited() + ")";
    }

    public boolean rateHidden() {
        return survey != null && survey.responseRate() != null && (survey.responseRate().suppressed() || survey.responseRate().submitted() == null);
    }

    /*
     * The same figures as whole per cents, for the chart drawn from the table (each null where its cell holds no such
     * figure: no plan, nothing delivered, nobody invited, or a response rate hidden, which the chart must not show either).
     */

    public Integer hoursPercent() {
        return coaching == null || coaching.figures().hoursPlanned() <= 0 ? null
                : percentOf(coaching.figures().hoursDelivered(), BigDecimal.valueOf(coaching.figures().hoursPlanned()));
    }

    public Integer expectedPercent() {
        return coaching == null || coaching.figures().hoursPlanned() <= 0 || coaching.hoursExpectedByNow() == null ? null
                : percentOf(coaching.hoursExpectedByNow(), BigDecimal.valueOf(coaching.figures().hoursPlanned()));
    }

    public Integer sessionsPercent() {
        return coaching == null || coaching.figures().sessionsPlanned() == 0 ? null
                : percentOf(BigDecimal.valueOf(coaching.figures().sessionsDelivered()), BigDecimal.valueOf(coaching.figures().sessionsPlanned()));
    }

    public Integer attendancePercent() {
        return coaching == null || coaching.figures().sessionsDelivered() == 0 || coaching.figures().invitees() == 0 ? null
                : percentOf(BigDecimal.valueOf(coaching.figures().attendees()), BigDecimal.valueOf(coaching.figures().invitees()));
    }

    public Integer equityPausesPercent() {
        return coaching == null || coaching.figures().sessionsDelivered() == 0 ? null
                : percentOf(BigDecimal.valueOf(coaching.figures().equityPausesHeld()), BigDecimal.valueOf(coaching.figures().sessionsDelivered()));
    }

    public Integer responsePercent() {
        if (survey == null || survey.responseRate() == null || rateHidden() || survey.responseRate().invited() == 0
                || survey.responseRate().ratePercent() == null) {
            return null;
        }
        return survey.responseRate().ratePercent().setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static Integer percentOf(BigDecimal part, BigDecimal whole) {
        BigDecimal value = part == null ? BigDecimal.ZERO : part;
        return value.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The maturity cells, in the order of {@code components}; empty when there is no survey. */
    public List<Maturity> maturity(List<String> components) {
        return components.stream().map(code -> {
            if (survey == null) {
                return new Maturity(null, "No survey yet", true);
            }
            if (survey.suppressed()) {
                return new Maturity(null, "Not shown: " + SurveyWords.hidden(survey.note()), true);
            }
            SurveySummary.Component c = survey.components().stream().filter(x -> x.component().equals(code)).findFirst().orElse(null);
            if (c == null || c.medianStage() == null) {
                return new Maturity(null, "No answers", false);
            }
            String stage = SurveyWords.stage(c.medianStage());
            return new Maturity(stage, c.trend() == null ? stage : stage + ", " + trend(c), false);
        }).toList();
    }

    /** A maturity cell: {@code stage} (for the chart; null when there is none) and its words with the trend. */
    public record Maturity(String stage, String words, boolean hidden) {
    }

    private static String trend(SurveySummary.Component c) {
        String before = SurveyWords.stage(c.previousMedianStage());
        return switch (c.trend()) {
            case "UP" -> "up from " + before;
            case "DOWN" -> "down from " + before;
            default -> "no change";
        };
    }

    static String hours(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0%" : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP) + "%";
    }
}
