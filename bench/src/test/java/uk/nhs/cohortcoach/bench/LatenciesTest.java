package uk.nhs.cohortcoach.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreTheNearestRankOfWhatWasRecordedInAnyOrder() {
        List<Long> millis = new ArrayList<>();
        for (long i = 1; i <= 200; i++) {
            millis.add(i);
        }
        Collections.shuffle(millis, new Random(7));
        Latencies latencies = new Latencies();
        millis.forEach(ms -> latencies.record(ms * 1_000_000));

        assertThat(latencies.p50()).isEqualTo(100.0);
        assertThat(latencies.p95()).isEqualTo(190.0);
        assertThat(latencies.p99()).isEqualTo(198.0);
        assertThat(latencies.max()).isEqualTo(200.0);
        assertThat(latencies.count()).isEqualTo(200);
    }

    @Test
    void errorsAreCountedApartFromDurations() {
        Latencies latencies = new Latencies();
        latencies.record(5_000_000);
        latencies.error();
        latencies.error();

        assertThat(latencies.count()).isEqualTo(1);
        assertThat(latencies.errors()).isEqualTo(2);
        assertThat(latencies.p99()).isEqualTo(5.0);
        assertThat(latencies.summary()).isEqualTo("n=1 errors=2 p50 5 ms p95 5 ms p99 5 ms max 5 ms");
    }

    @Test
    void nothingRecordedHasNoPercentileAndAPercentileMustBeAFraction() {
        assertThat(new Latencies().p99()).isNaN();
        assertThatThrownBy(() -> new Latencies().percentile(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
