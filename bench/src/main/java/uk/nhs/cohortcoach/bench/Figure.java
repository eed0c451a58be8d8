package uk.nhs.cohortcoach.bench;

import java.util.Locale;

/**
 * One figure a scenario measured, with its target when the issue sets one. A ratio keeps both sides, so the report
 * shows them side by side.
 *
 * @param label         what was measured
 * @param value         the measured value (for a ratio: the measured side)
 * @param unit          its unit ("ms", "events/s", "MB"...)
 * @param baselineLabel for a ratio, what the baseline is (null otherwise)
 * @param baseline      for a ratio, the baseline value (NaN otherwise)
 * @param measuredLabel for a ratio, what the measured side is (null otherwise)
 * @param kind          how the target reads
 * @param limit         the target's bound (NaN when there is none)
 */
public record Figure(String label, double value, String unit, String baselineLabel, double baseline, String measuredLabel,
        Kind kind, double limit) {

    /** How a figure is judged. */
    public enum Kind { MEASURED, AT_MOST, AT_LEAST, RATIO_AT_MOST, RATIO_AT_LEAST }

    public static Figure measured(String label, double value, String unit) {
        return new Figure(label, value, unit, null, Double.NaN, null, Kind.MEASURED, Double.NaN);
    }

    public static Figure atMost(String label, double value, String unit, double limit) {
        return new Figure(label, value, unit, null, Double.NaN, null, Kind.AT_MOST, limit);
    }

    public static Figure atLeast(String label, double value, String unit, double limit) {
        return new Figure(label, value, unit, null, Double.NaN, null, Kind.AT_LEAST, limit);
    }

    /** Measured ÷ baseline must be at most {@code maxRatio}: "A: 3.1 ms | B: 4.2 ms | B/A 1.35 (target ≤ 2)". */
    public static Figure ratioAtMost(String label, String baselineLabel, double baseline, String measuredLabel, double measured,
            String unit, double maxRatio) {
        return new Figure(label, measured, unit, baselineLabel, baseline, measuredLabel, Kind.RATIO_AT_MOST, maxRatio);
    }

    /** Measured ÷ baseline must be at least {@code minRatio}. */
    public static Figure ratioAtLeast(String label, String baselineLabel, double baseline, String measuredLabel, double measured,
            String unit, double minRatio) {
        return new Figure(label, measured, unit, baselineLabel, baseline, measuredLabel, Kind.RATIO_AT_LEAST, minRatio);
    }

    public boolean isRatio() {
        return kind == Kind.RATIO_AT_MOST || kind == Kind.RATIO_AT_LEAST;
    }

    /** Measured ÷ baseline (NaN unless a ratio). */
    public double ratio() {
        return isRatio() ? value / baseline : Double.NaN;
    }

    /** Whether the target is met; true when there is none. */
    public boolean met() {
        return switch (kind) {
            case MEASURED -> true;
            case AT_MOST -> value <= limit;
            case AT_LEAST -> value >= limit;
            case RATIO_AT_MOST -> ratio() <= limit;
            case RATIO_AT_LEAST -> ratio() >= limit;
        };
    }

    /** The target in words, e.g. "≤ 50 ms", "B/A ≥ 0.7"; empty when there is none. */
    public String target() {
        return switch (kind) {
            case MEASURED -> "";
            case AT_MOST -> "≤ " + number(limit) + " " + unit;
            case AT_LEAST -> "≥ " + number(limit) + " " + unit;
            case RATIO_AT_MOST -> "ratio ≤ " + number(limit);
            case RATIO_AT_LEAST -> "ratio ≥ " + number(limit);
        };
    }

    /** The measurement in words, e.g. "100 documents: 3.1 ms | 1,000,000 documents: 4.2 ms | ratio 1.35". */
    public String measurement() {
        if (isRatio()) {
            return baselineLabel + ": " + number(baseline) + " " + unit + " | " + measuredLabel + ": " + number(value) + " " + unit
                    + " | ratio " + String.format(Locale.ROOT, "%.2f", ratio());
        }
        return number(value) + " " + unit;
    }

    /** A figure rounded to what a reader needs: three significant digits, thousands separated. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.UK, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.UK, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.UK, "%.2f", value);
        }
        return String.format(Locale.UK, "%.3f", value);
    }
}
