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
            new SignInProperties.Throttle(5, Duration.ofMinutes(15), 1000, 200), clock);
    private final FailedSignInThrottle.Attempt coachFromHome = new FailedSignInThrottle.Attempt("coach", "192.0.2.1");

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
    void countsFailuresPerAccountWhicheverAddressTheyComeFrom() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            throttle.tryAttempt(new FailedSignInThrottle.Attempt("coach", "198.51.100." + attempt));
        }

        assertThat(throttle.tryAttempt(coachFromHome)).as("a sixth address for the same account").isPresent();
        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Attempt("COACH", "203.0.113.9")))
                .as("usernames are case-insensitive").isPresent();
        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Attempt("manager", "192.0.2.1")))
                .as("another account from the same address").isEmpty();
    }

    @Test
    void letsAWholeTrustSignInFromOneAddressWithTheOddMistake() {
        String trustEgress = "192.0.2.200";
        for (int person = 1; person <= 2000; person++) {
            FailedSignInThrottle.Attempt attempt = new FailedSignInThrottle.Attempt("person-" + person, trustEgress);
            if (person % 20 == 0) {
                assertThat(throttle.tryAttempt(attempt)).as("person " + person + " mistypes").isEmpty();
            }
            assertThat(throttle.tryAttempt(attempt)).as("person " + person).isEmpty();
            throttle.succeeded(attempt);
        }
    }

    @Test
    void refusesAnAddressThatFailsForManyAccountsOnceItReachesTheCeiling() {
        String sprayer = "198.51.100.66";
        for (int account = 1; account <= 200; account++) {
            assertThat(throttle.tryAttempt(new FailedSignInThrottle.Attempt("account-" + account, sprayer)))
                    .as("failure " + account).isEmpty();
        }

        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Attempt("account-201", sprayer)))
                .hasValue(Duration.ofMinutes(15));
        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Attempt("account-201", "192.0.2.2")))
                .as("the account from another address").isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Attempt("account-202", sprayer))).as("a new window").isEmpty();
    }

    @Test
    void doesNotCountALockedAccountsRefusedAttemptsAgainstTheAddress() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            throttle.tryAttempt(coachFromHome);
        }
        for (int refused = 1; refused <= 300; refused++) {
            assertThat(throttle.tryAttempt(coachFromHome)).isPresent();
        }

        assertThat(throttle.tryAttempt(new FailedSignInThrottle.Attempt("manager", "192.0.2.1"))).isEmpty();
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
