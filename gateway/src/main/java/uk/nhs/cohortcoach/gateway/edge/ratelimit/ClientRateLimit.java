package uk.nhs.cohortcoach.gateway.edge.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One named limit: which requests it covers, and a token bucket per client address, kept in a
 * bounded Caffeine map that forgets an address once its bucket would be full again.
 */
class ClientRateLimit {

    private final String name;
    private final List<PathPattern> paths;
    private final List<String> methods;
    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets;

    ClientRateLimit(String name, RateLimitProperties.Limit limit, int maxTrackedClients) {
        this.name = name;
        this.paths = limit.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.methods = limit.methods();
        this.bandwidth = Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxTrackedClients)
                .expireAfterAccess(limit.period())
                .build();
    }

    String name() {
        return name;
    }

    boolean covers(String method, PathContainer path) {
        return (methods.isEmpty() || methods.contains(method)) && paths.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /** Takes one request from the client's bucket: empty when allowed, else how long until the next is. */
    Optional<Duration> tryConsume(String clientAddress) {
        ConsumptionProbe probe = buckets.get(clientAddress, address -> Bucket.builder().addLimit(bandwidth).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
