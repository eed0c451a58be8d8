package uk.nhs.cohortcoach.gateway.edge.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One named limit: which requests it covers, whose bucket each takes from (the client's address or
 * the survey link's token), and the token buckets, kept in a bounded Caffeine map that forgets a key
 * once its bucket would be full again.
 */
class ClientRateLimit {

    private static final String TOKEN = "token";

    private final String name;
    private final List<PathPattern> paths;
    private final List<String> methods;
    private final RateLimitProperties.Per per;
    private final String linkName;
    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets;

    ClientRateLimit(String name, RateLimitProperties.Limit limit, int maxTrackedClients) {
        this.name = name;
        this.paths = limit.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.methods = limit.methods();
        this.per = limit.per();
        this.linkName = limit.linkName();
        this.bandwidth = Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxTrackedClients)
                .expireAfterAccess(limit.period())
                .build();
    }

    String name() {
        return name;
    }

    RateLimitProperties.Per per() {
        return per;
    }

    /** What a link-token limit's 429 calls the link. */
    String linkName() {
        return linkName;
    }

    /** Whose bucket the request takes from, or empty when the limit does not cover it. */
    Optional<String> keyOf(String method, PathContainer path, String clientAddress) {
        if (!methods.isEmpty() && !methods.contains(method)) {
            return Optional.empty();
        }
        for (PathPattern pattern : paths) {
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
            if (match != null) {
                return Optional.of(per == RateLimitProperties.Per.LINK_TOKEN ? digest(match.getUriVariables().get(TOKEN)) : clientAddress);
            }
        }
        return Optional.empty();
    }

    /**
     * A token is kept as its SHA-256, never as it is: every key is then 43 characters however long the
     * path a client sends (memory stays bounded), and no live survey link sits in the gateway's heap.
     */
    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    /** Takes one request from the key's bucket: empty when allowed, else how long until the next is. */
    Optional<Duration> tryConsume(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
