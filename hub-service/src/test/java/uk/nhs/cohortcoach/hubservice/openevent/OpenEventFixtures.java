package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the open-event ITs add to the running service: a clock they can move forward (to after an event's start, or
 * after feedback closes) and a fake knowledge hub shelf for recordings (the resources feature is another branch).
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpenEventFixtures {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    @Primary
    FakeShelf fakeShelf() {
        return new FakeShelf();
    }

    /** The system clock plus an offset a test sets (and puts back). */
    public static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        public void moveBy(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        public void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }

    /** Publishes recordings as one resource per open event, remembering every call. */
    public static final class FakeShelf implements RecordingShelf {

        public final List<String> calls = new CopyOnWriteArrayList<>();
        private final Map<String, String> resources = new ConcurrentHashMap<>();

        @Override
        public String publishRecording(String openEventId, String title, String summary, String videoLink, int durationMinutes,
                Instant now) {
            calls.add(openEventId + "|" + title + "|" + videoLink + "|" + durationMinutes);
            return resources.computeIfAbsent(openEventId, id -> "resource-" + id);
        }
    }
}
