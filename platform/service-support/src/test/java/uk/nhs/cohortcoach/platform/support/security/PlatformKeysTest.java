package uk.nhs.cohortcoach.platform.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Resource;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PlatformKeysTest {

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> published = new AtomicReference<>();
    private final MovingClock clock = new MovingClock();
    private final PlatformKeys keys;

    PlatformKeysTest() throws Exception {
        published.set(jwks("first"));
        keys = new PlatformKeys(new URL("http://gateway.invalid/.well-known/jwks.json"), url -> {
            fetches.incrementAndGet();
            return new Resource(published.get(), "application/json");
        }, Duration.ofSeconds(30), clock);
    }

    @Test
    void fetchesOnTheFirstTokenAndKeepsTheKeysForFiveMinutes() throws Exception {
        assertThat(keys.get(kid("first"), null)).hasSize(1);
        clock.advance(Duration.ofMinutes(4));
        assertThat(keys.get(kid("first"), null)).hasSize(1);
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        keys.get(kid("first"), null);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void fetchesAgainForAnUnknownKeyIdAtMostOncePerInterval() throws Exception {
        keys.get(kid("first"), null);
        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 100; i++) {
            assertThat(keys.get(kid("made-up-" + i), null)).isEmpty();
            clock.advance(Duration.ofMillis(100));
        }
        assertThat(fetches).as("one fetch at the start, one for the first unknown key id").hasValue(2);
    }

    @Test
    void findsARotatedKeyOnceTheIntervalHasPassed() throws Exception {
        keys.get(kid("first"), null);
        published.set(jwks("second"));
        assertThat(keys.get(kid("second"), null)).as("too soon after the last fetch").isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(keys.get(kid("second"), null)).hasSize(1);
        assertThat(fetches).hasValue(2);
    }

    private static JWKSelector kid(String keyId) {
        return new JWKSelector(new JWKMatcher.Builder().keyID(keyId).build());
    }

    private static String jwks(String keyId) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID(keyId).algorithm(JWSAlgorithm.RS256).generate();
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2027-03-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
