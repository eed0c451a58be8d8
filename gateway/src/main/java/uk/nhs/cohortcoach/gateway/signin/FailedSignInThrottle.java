package uk.nhs.cohortcoach.gateway.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one username from
 * one client address, further attempts for that pair are refused until {@code window} has passed
 * since the first failure. A successful sign-in forgets the pair.
 *
 * <p>Built on Caffeine rather than bucket4j: what is needed is a fixed window of counted failures
 * per key with an exact "retry after", plus a bounded, self-expiring store of keys. Caffeine (already
 * managed by Spring Boot's dependency set) gives the bounded, expiring, atomically updatable map;
 * bucket4j would add a token-bucket algorithm we do not need and still need such a map to hold one
 * bucket per key. Memory stays bounded ({@code maxTracked}); counts are per gateway instance.
 */
class FailedSignInThrottle {

    /** Whose attempts are counted together. */
    record Key(String username, String clientAddress) {

        Key {
            username = username.toLowerCase(Locale.ROOT);
        }
    }

    private record Window(Instant start, int attempts) {
    }

    private final Cache<Key, Window> windows;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    FailedSignInThrottle(SignInProperties.Throttle properties, Clock clock) {
        this.maxFailures = properties.maxFailures();
        this.window = properties.window();
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .maximumSize(properties.maxTracked())
                .expireAfterWrite(properties.window())
                .build();
    }

    /**
     * Counts an attempt before the password is checked (so parallel guesses cannot slip past the
     * limit). Empty if the attempt may go ahead; otherwise how long until the pair may try again.
     */
    Optional<Duration> tryAttempt(Key key) {
        Instant now = clock.instant();
        AtomicReference<Duration> retryAfter = new AtomicReference<>();
        windows.asMap().compute(key, (k, current) -> {
            if (current == null || !now.isBefore(current.start().plus(window))) {
                return new Window(now, 1);
            }
            if (current.attempts() >= maxFailures) {
                retryAfter.set(Duration.between(now, current.start().plus(window)));
                return current;
            }
            return new Window(current.start(), current.attempts() + 1);
        });
        return Optional.ofNullable(retryAfter.get());
    }

    /** The attempt succeeded: earlier failures of the pair no longer count. */
    void succeeded(Key key) {
        windows.invalidate(key);
    }
}
