package uk.nhs.cohortcoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void aRatioIsJudgedOnMeasuredOverBaselineAndShowsBothSides() {
        Figure flat = Figure.ratioAtMost("relay pass", "100 documents", 3.0, "1,000,000 documents", 5.4, "ms", 2);
        Figure grows = Figure.ratioAtMost("relay pass", "100 documents", 3.0, "1,000,000 documents", 6.3, "ms", 2);

        assertThat(flat.ratio()).isEqualTo(1.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(flat.met()).isTrue();
        assertThat(grows.met()).isFalse();
        assertThat(flat.measurement()).isEqualTo("100 documents: 3 ms | 1,000,000 documents: 5.40 ms | ratio 1.80");
        assertThat(flat.target()).isEqualTo("ratio ≤ 2");
    }

    @Test
    void aMinimumRatioFailsBelowItsBound() {
        assertThat(Figure.ratioAtLeast("gateway", "direct", 784, "gateway", 504, "req/s", 0.7).met()).isFalse();
        assertThat(Figure.ratioAtLeast("gateway", "direct", 784, "gateway", 560, "req/s", 0.7).met()).isTrue();
    }

    @Test
    void boundsIncludeTheLimitItself() {
        assertThat(Figure.atMost("p99", 50, "ms", 50).met()).isTrue();
        assertThat(Figure.atMost("p99", 50.01, "ms", 50).met()).isFalse();
        assertThat(Figure.atLeast("events", 299.9, "events/s", 300).met()).isFalse();
        assertThat(Figure.measured("RSS", 1e9, "B").met()).isTrue();
        assertThat(Figure.measured("RSS", 1e9, "B").target()).isEmpty();
    }

    @Test
    void numbersAreRoundedForAReader() {
        assertThat(Figure.number(1_000_000)).isEqualTo("1,000,000");
        assertThat(Figure.number(123.456)).isEqualTo("123");
        assertThat(Figure.number(12.345)).isEqualTo("12.3");
        assertThat(Figure.number(1.2345)).isEqualTo("1.23");
        assertThat(Figure.number(3.0)).as("a whole number shows no decimals").isEqualTo("3");
        assertThat(Figure.number(0.01234)).isEqualTo("0.012");
        assertThat(Figure.number(Double.NaN)).isEqualTo("n/a");
    }
}
