package uk.nhs.cohortcoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class LoadTest {

    @Test
    void anOpenLoadStartsTasksOnScheduleAndCountsFailuresAsErrors() throws Exception {
        long start = System.nanoTime();
        int[] calls = {0};
        Latencies latencies = Load.atRate(200, 40, () -> {
            synchronized (calls) {
                return ++calls[0] % 10 != 0; // every tenth fails
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(latencies.count()).isEqualTo(36);
        assertThat(latencies.errors()).isEqualTo(4);
        assertThat(seconds).as("40 tasks at 200/s are spread over about 0.2 s").isGreaterThanOrEqualTo(0.19);
    }

    @Test
    void anOpenLoadRecordsEachTasksWholeDurationFromWhenItWasDue() throws Exception {
        Latencies latencies = Load.atRate(100, 2, () -> {
            Thread.sleep(50);
            return true;
        });
        assertThat(latencies.max()).isGreaterThanOrEqualTo(50.0);
    }

    @Test
    void aClosedLoadRunsEveryIndexOnceAcrossItsWorkers() throws Exception {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Latencies latencies = Load.closed(4, 100, i -> seen.add(i) && i != 13);

        assertThat(seen).hasSize(100);
        assertThat(latencies.count()).isEqualTo(99);
        assertThat(latencies.errors()).isEqualTo(1);
    }
}
