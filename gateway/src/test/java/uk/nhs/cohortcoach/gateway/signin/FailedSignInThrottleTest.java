package uk.nhs.cohortcoach.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedSignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-29T00:30:00Z"));
    private final FailedSignInThrottle throttle = new FailedSignInThrottle(
            new SignInProperties.Throttle(5, Duration.ofMinutes(15), 1000), clock);
    private final FailedSignInThrottle.Key coachFromHome = new FailedSignInThrottle.Key("coach", "192.0.2.1");

    @Test
    void allowsFiveAttemptsThenRefusesUntilFifteenMinutesAfterTheFirst() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.tryAttempt(coachFromHome)).as("attempt " + attempt).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.tryAttempt(coachFromHome)).hasValue(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(throttle.tryAttempt(coachFromHome)).hasValue(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt(coachFromHome)).as("a new window").isEmpty();
    }

    @Test
    void countsEachUsernameAndClientAddressPairSeparately() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            throttle.tryAttempt(coachFromHome);
        }

        assertThat(throttle.tryAttempt(coachFromHome)).isPresent();
        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Key("COACH", "192.0.2.1")))
                .as("usernames are case-insensitive").isPresent();
        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Key("coach", "198.51.100.7"))).isEmpty();
        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Key("manager", "192.0.2.1"))).isEmpty();
    }

    @Test
    void forgetsEarlierFailuresAfterASuccessfulSignIn() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            throttle.tryAttempt(coachFromHome);
        }
        throttle.succeeded(coachFromHome);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.tryAttempt(coachFromHome)).as("attempt " + attempt + " after success").isEmpty();
        }
        assertThat(throttle.tryAttempt(coachFromHome)).isPresent();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
            return now;
        }
    }
}
