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
 * Slows down password guessing. Per account: after {@code maxFailures} failed sign-ins for one
 * username, from any address, further attempts for it are refused until {@code window} has passed
 * since its first failure; a successful sign-in forgets the account's failures. Per client address, a
 * ceiling: after {@code maxFailuresPerAddress} failed sign-ins from one address, for any accounts,
 * attempts from it are refused likewise. The ceiling is high because a whole NHS trust reaches us from
 * one egress address; it stops one address trying a few passwords against many accounts.
 *
 * <p>Built on Caffeine rather than bucket4j: what is needed is a fixed window of counted failures
 * per key with an exact "retry after", plus a bounded, self-expiring store of keys. Caffeine (already
 * managed by Spring Boot's dependency set) gives the bounded, expiring, atomically updatable map;
 * bucket4j would add a token-bucket algorithm we do not need and still need such a map to hold one
 * bucket per key. Memory stays bounded ({@code maxTracked}); counts are per gateway instance.
 */
class FailedSignInThrottle {

    /** One sign-in attempt: for which account, from which address. */
    record Attempt(String username, String clientAddress) {

        Attempt {
            username = username.toLowerCase(Locale.ROOT);
        }
    }

    private record Window(Instant start, int attempts) {
    }

    private final Cache<String, Window> accounts;
    private final Cache<String, Window> addresses;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;

    FailedSignInThrottle(SignInProperties.Throttle properties, Clock clock) {
        this.maxFailures = properties.maxFailures();
        this.maxFailuresPerAddress = properties.maxFailuresPerAddress();
        this.window = properties.window();
        this.clock = clock;
        this.accounts = windows(properties);
        this.addresses = windows(properties);
    }

    private static Cache<String, Window> windows(SignInProperties.Throttle properties) {
        return Caffeine.newBuilder().maximumSize(properties.maxTracked()).expireAfterWrite(properties.window()).build();
    }

    /**
     * Counts an attempt before the password is checked (so parallel guesses cannot slip past the
     * limits), against its account and its address. Empty if the attempt may go ahead; otherwise how
     * long until it may be tried again.
     */
    Optional<Duration> tryAttempt(Attempt attempt) {
        Instant now = clock.instant();
        Optional<Duration> fromAddress = count(addresses, attempt.clientAddress(), maxFailuresPerAddress, now);
        if (fromAddress.isPresent()) {
            return fromAddress;
        }
        Optional<Duration> forAccount = count(accounts, attempt.username(), maxFailures, now);
        if (forAccount.isPresent()) {
            uncount(addresses, attempt.clientAddress());   // refused before any password was checked
        }
        return forAccount;
    }

    /** The attempt succeeded: the account's earlier failures no longer count, and this one not against its address. */
    void succeeded(Attempt attempt) {
        accounts.invalidate(attempt.username());
        uncount(addresses, attempt.clientAddress());
    }

    private Optional<Duration> count(Cache<String, Window> windows, String key, int max, Instant now) {
        AtomicReference<Duration> retryAfter = new AtomicReference<>();
        windows.asMap().compute(key, (k, current) -> {
            if (current == null || !now.isBefore(current.start().plus(window))) {
                return new Window(now, 1);
            }
            if (current.attempts() >= max) {
                retryAfter.set(Duration.between(now, current.start().plus(window)));
                return current;
            }
            return new Window(current.start(), current.attempts() + 1);
        });
        return Optional.ofNullable(retryAfter.get());
    }

    private static void uncount(Cache<String, Window> windows, String key) {
        windows.asMap().computeIfPresent(key, (k, current) -> new Window(current.start(), Math.max(0, current.attempts() - 1)));
    }
}
