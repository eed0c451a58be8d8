package uk.nhs.cohortcoach.notificationservice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DispatchPropertiesTest {

    private final DispatchProperties properties = new DispatchProperties(true, Duration.ofMillis(500), 100, Duration.ofMinutes(2),
            Duration.ofSeconds(30), Duration.ofMinutes(15), 40, "test", 4);

    @Test
    void backsOffExponentiallyFromTheFirstWaitUpToTheLongest() {
        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(properties.backoff(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.backoff(40)).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }
}
