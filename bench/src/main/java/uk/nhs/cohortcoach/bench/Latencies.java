package uk.nhs.cohortcoach.bench;

import java.util.Arrays;

/**
 * Records durations (thread-safe) and answers exact percentiles by the nearest-rank method: the {@code p}-th percentile
 * of n values is the ⌈p·n⌉-th smallest. Errors are counted apart and not recorded as durations.
 */
public final class Latencies {

    private long[] values = new long[1024];
    private int count;
    private int errors;

    public synchronized void record(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = nanos;
    }

    public synchronized void error() {
        errors++;
    }

    public synchronized int count() {
        return count;
    }

    public synchronized int errors() {
        return errors;
    }

    /** The {@code p}-th percentile (0 < p ≤ 1) in milliseconds; NaN when nothing was recorded. */
    public synchronized double percentile(double p) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("a percentile is in (0, 1]: " + p);
        }
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * count);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    public double p50() {
        return percentile(0.50);
    }

    public double p95() {
        return percentile(0.95);
    }

    public double p99() {
        return percentile(0.99);
    }

    public double max() {
        return percentile(1.0);
    }

    /** "n=1,000 errors=0 p50 2.1 ms p95 3.0 ms p99 4.2 ms max 9.0 ms". */
    public String summary() {
        return "n=" + Figure.number(count()) + " errors=" + errors() + " p50 " + Figure.number(p50()) + " ms p95 "
                + Figure.number(p95()) + " ms p99 " + Figure.number(p99()) + " ms max " + Figure.number(max()) + " ms";
    }
}
