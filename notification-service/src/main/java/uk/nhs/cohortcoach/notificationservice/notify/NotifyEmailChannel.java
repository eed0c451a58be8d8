package uk.nhs.cohortcoach.notificationservice.notify;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email through GOV.UK Notify ({@link NotifyClient}) behind the Resilience4j instances named
 * {@value #NAME}: {@code resilience4j.retry.instances.notify}, {@code resilience4j.circuitbreaker.instances.notify}
 * and {@code resilience4j.ratelimiter.instances.notify} in application.yml, taken from the auto-configured
 * registries so resilience4j-micrometer exports their metrics.
 *
 * <p><b>Order</b>: {@code Retry(CircuitBreaker(RateLimiter(call)))}, Resilience4j's own default order.
 * <ul>
 *   <li>The rate limiter is innermost, so every attempt that actually goes to Notify, retries included,
 *       takes a permit (Notify's limit counts requests, not emails), and a call refused by an open circuit
 *       takes none.</li>
 *   <li>The circuit breaker sees every attempt, so a Notify outage opens it within one or two emails;
 *       once open, the retry does not hammer it: {@link CallNotPermittedException} is not retried and
 *       the email comes back {@link SendOutcome.Unavailable} at once.</li>
 *   <li>The retry is outermost and repeats only {@link NotifyUnavailableException} (429, 408, 5xx,
 *       timeouts, connection failures), with exponential back-off.</li>
 * </ul>
 *
 * <p><b>Permanent refusals</b> (400, 403) are not exceptions to Resilience4j at all: the innermost call
 * turns them into a {@link SendOutcome.Rejected} result, so they can never be retried and never open the
 * circuit, whatever the YAML says (they are the request's fault, not Notify's).
 *
 * <p><b>Metrics</b>: each retry also increments the counter {@value #RETRIES_METRIC} (Prometheus:
 * {@code notifications_notify_retries_total}); resilience4j-micrometer's
 * {@code resilience4j_retry_calls_total{name="notify",kind=...}} counts calls by their retry outcome.
 *
 * <p><b>Attempts</b>: an {@link SendOutcome.Unavailable} says whether Notify was actually called
 * ({@code providerCalled}); a send refused by an open circuit or by the rate limiter, before any request, was not,
 * and the dispatcher does not count it towards {@code DISPATCH_MAX_ATTEMPTS}.
 *
 * <p>Never throws for a provider problem; the retry's back-off blocks the calling thread.
 */
public class NotifyEmailChannel implements EmailChannel {

    /** The name of the Resilience4j retry, circuit breaker and rate limiter instances. */
    public static final String NAME = "notify";
    public static final String RETRIES_METRIC = "notifications.notify.retries";

    private static final Logger log = LoggerFactory.getLogger(NotifyEmailChannel.class);

    private final NotifyClient client;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;

    public NotifyEmailChannel(NotifyClient client, Retry retry, CircuitBreaker circuitBreaker, RateLimiter rateLimiter,
            MeterRegistry meterRegistry) {
        this.client = Objects.requireNonNull(client);
        this.retry = Objects.requireNonNull(retry);
        this.circuitBreaker = Objects.requireNonNull(circuitBreaker);
        this.rateLimiter = Objects.requireNonNull(rateLimiter);
        if (meterRegistry != null) {
            Counter retries = Counter.builder(RETRIES_METRIC)
                    .description("Requests to GOV.UK Notify repeated after a transient failure")
                    .register(meterRegistry);
            retry.getEventPublisher().onRetry(event -> retries.increment());
        }
        retry.getEventPublisher().onRetry(event -> log.info("Retrying GOV.UK Notify (attempt {}) in {} ms: {}",
                event.getNumberOfRetryAttempts() + 1, event.getWaitInterval().toMillis(),
                event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage()));
    }

    @Override
    public SendOutcome send(Email email) {
        AtomicBoolean called = new AtomicBoolean();
        Supplier<SendOutcome> attempt = () -> {
            called.set(true);
            try {
                return new SendOutcome.Accepted(client.send(email), false);
            } catch (NotifyRejectedException e) {
                return new SendOutcome.Rejected(e.status(), e.reason());
            }
        };
        Supplier<SendOutcome> decorated = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(circuitBreaker,
                        RateLimiter.decorateSupplier(rateLimiter, attempt)));
        SendOutcome outcome;
        try {
            outcome = decorated.get();
        } catch (NotifyUnavailableException e) {
            outcome = new SendOutcome.Unavailable(e.getMessage(), true);
        } catch (CallNotPermittedException e) {
            // a retry may have called Notify before the circuit opened: that call counts
            outcome = new SendOutcome.Unavailable("GOV.UK Notify circuit breaker is open after repeated failures: not tried",
                    called.get());
        } catch (RequestNotPermitted e) {
            outcome = new SendOutcome.Unavailable("GOV.UK Notify rate limit reached: not tried", called.get());
        } catch (RuntimeException e) {
            log.warn("Unexpected failure sending {} through GOV.UK Notify", email, e);
            outcome = new SendOutcome.Unavailable("Unexpected failure: " + e.getClass().getSimpleName(), true);
        }
        if (outcome instanceof SendOutcome.Rejected rejected) {
            log.warn("GOV.UK Notify rejected {}: {}", email, rejected.reason());
        } else if (outcome instanceof SendOutcome.Unavailable unavailable) {
            log.warn("GOV.UK Notify unavailable for {}: {}", email, unavailable.reason());
        }
        return outcome;
    }

    @Override
    public String name() {
        return NAME;
    }
}
