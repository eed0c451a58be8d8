package uk.nhs.cohortcoach.platform.support.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadModelLagTest {

    @Test
    void aReferenceAlreadyKnownIsAnsweredAtOnceWithOneLookup() {
        AtomicInteger lookups = new AtomicInteger();
        long started = System.nanoTime();

        Optional<String> found = new ReadModelLag(Duration.ofSeconds(3)).awaitPresent(() -> {
            lookups.incrementAndGet();
            return Optional.of("cohort-1");
        });

        assertThat(found).contains("cohort-1");
        assertThat(lookups).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void aReferenceThatArrivesDuringTheWaitIsFound() {
        AtomicInteger lookups = new AtomicInteger();

        Optional<String> found = new ReadModelLag(Duration.ofSeconds(3)).awaitPresent(() ->
                lookups.incrementAndGet() < 4 ? Optional.empty() : Optional.of("collaborative-1"));

        assertThat(found).contains("collaborative-1");
        assertThat(lookups).hasValue(4);
    }

    @Test
    void anUnknownReferenceIsGivenUpAfterThePatienceAndNoLonger() {
        AtomicInteger lookups = new AtomicInteger();
        long started = System.nanoTime();

        Optional<String> found = new ReadModelLag(Duration.ofMillis(300)).awaitPresent(() -> {
            lookups.incrementAndGet();
            return Optional.empty();
        });

        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(found).isEmpty();
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(2));
        assertThat(lookups.get()).isBetween(2, 5);
    }

    @Test
    void withNoPatienceItLooksOnceAndReturnsTheLastAttempt() {
        AtomicInteger lookups = new AtomicInteger();

        String last = new ReadModelLag(Duration.ZERO).await(() -> "attempt " + lookups.incrementAndGet(), "done"::equals);

        assertThat(last).isEqualTo("attempt 1");
    }
}
