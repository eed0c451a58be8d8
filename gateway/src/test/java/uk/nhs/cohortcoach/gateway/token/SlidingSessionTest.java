package uk.nhs.cohortcoach.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import uk.nhs.cohortcoach.platform.events.Role;

class SlidingSessionTest {

    private static final Duration TTL = Duration.ofMinutes(15);
    private static final Duration MAX = Duration.ofHours(10);
    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T08:00:00Z");
    private static final SignedInPerson COACH = new SignedInPerson("person-7", "coach", "Cara Coach", List.of(Role.COACH));
    private static final RSAKey KEY = key();
    private static final RSAKey OTHER_KEY = key();

    private final MutableClock clock = new MutableClock(SIGNED_IN);
    private final TokenProperties properties = new TokenProperties("cohort-coach", TTL, MAX,
            new TokenProperties.SigningKey(null, null, null, null, null), new TokenProperties.Cookie("cohort_coach_session", false));
    private final TokenIssuer issuer = issuer(KEY);
    private final SlidingSession sliding = sliding(issuer);

    @Test
    void renewsATokenWithLessThanHalfItsTimeLeftAndNoSooner() {
        IssuedToken first = issuer.issue(COACH);

        clock.set(SIGNED_IN.plus(Duration.ofMinutes(7)));
        assertThat(sliding.renewIfDue(first.token()).blockOptional()).as("8 of 15 minutes left").isEmpty();

        clock.set(SIGNED_IN.plus(Duration.ofMinutes(8)));
        IssuedToken renewed = sliding.renewIfDue(first.token()).blockOptional().orElseThrow();
        assertThat(renewed.expiresAt()).isEqualTo(SIGNED_IN.plus(Duration.ofMinutes(8)).plus(TTL));
        assertThat(renewed.sessionEndsAt()).isEqualTo(SIGNED_IN.plus(MAX)).isEqualTo(first.sessionEndsAt());
    }

    @Test
    void keepsThePersonTheirRolesAndWhenTheySignedInThroughRenewals() {
        IssuedToken first = issuer.issue(COACH);
        clock.set(SIGNED_IN.plus(Duration.ofMinutes(10)));
        IssuedToken second = sliding.renewIfDue(first.token()).blockOptional().orElseThrow();
        clock.set(SIGNED_IN.plus(Duration.ofMinutes(20)));
        IssuedToken third = sliding.renewIfDue(second.token()).blockOptional().orElseThrow();

        Jwt claims = decode(third);
        assertThat(claims.getSubject()).isEqualTo("person-7");
        assertThat(claims.getClaimAsStringList("roles")).containsExactly("COACH");
        assertThat(claims.getClaimAsString("name")).isEqualTo("Cara Coach");
        assertThat(claims.getClaimAsString("preferred_username")).isEqualTo("coach");
        assertThat(claims.getClaimAsInstant("auth_time")).isEqualTo(SIGNED_IN);
        assertThat(claims.getId()).isNotEqualTo(decode(second).getId());
    }

    @Test
    void neverRenewsBeyondTheMaximumSessionLength() {
        IssuedToken token = issuer.issue(COACH);
        for (Instant at = SIGNED_IN.plus(Duration.ofMinutes(8)); at.isBefore(SIGNED_IN.plus(MAX)); at = at.plus(Duration.ofMinutes(8))) {
            clock.set(at);
            token = sliding.renewIfDue(token.token()).blockOptional().orElse(token);
        }

        assertThat(token.expiresAt()).isEqualTo(SIGNED_IN.plus(MAX));
        clock.set(SIGNED_IN.plus(MAX).minus(Duration.ofMinutes(1)));
        assertThat(sliding.renewIfDue(token.token()).blockOptional()).as("already expires when the session ends").isEmpty();
        assertThat(sliding.renew(token.token()).blockOptional()).hasValueSatisfying(
                renewed -> assertThat(renewed.expiresAt()).isEqualTo(SIGNED_IN.plus(MAX)));
        clock.set(SIGNED_IN.plus(MAX));
        assertThat(sliding.renew(token.token()).blockOptional()).as("the session has ended").isEmpty();
    }

    @Test
    void neverRenewsAnExpiredToken() {
        IssuedToken token = issuer.issue(COACH);

        clock.set(token.expiresAt());
        assertThat(sliding.renewIfDue(token.token()).blockOptional()).isEmpty();
        assertThat(sliding.renew(token.token()).blockOptional()).isEmpty();
        clock.set(token.expiresAt().plusSeconds(30));
        assertThat(sliding.renew(token.token()).blockOptional()).as("not even within the usual clock skew").isEmpty();
    }

    @Test
    void neverRenewsATokenSignedWithAnotherKeyOrNoTokenAtAll() {
        IssuedToken foreign = issuer(OTHER_KEY).issue(COACH);

        clock.set(SIGNED_IN.plus(Duration.ofMinutes(10)));
        assertThat(sliding.renewIfDue(foreign.token()).blockOptional()).isEmpty();
        assertThat(sliding.renew(foreign.token()).blockOptional()).isEmpty();
        assertThat(sliding.renew("not-a-token").blockOptional()).isEmpty();
        assertThat(sliding.renew(null).blockOptional()).isEmpty();
    }

    @Test
    void isDueOnlyWithLessThanHalfTheTtlLeftBeforeTheSessionEnds() {
        Instant now = SIGNED_IN.plus(Duration.ofHours(1));
        Instant end = SIGNED_IN.plus(MAX);

        assertThat(SlidingSession.due(now, now.plus(Duration.ofMinutes(7)).plusSeconds(29), end, TTL)).isTrue();
        assertThat(SlidingSession.due(now, now.plus(Duration.ofMinutes(7)).plusSeconds(30), end, TTL)).as("exactly half").isFalse();
        assertThat(SlidingSession.due(now, now, end, TTL)).as("expired").isFalse();
        assertThat(SlidingSession.due(now, now.plusSeconds(60), now.plusSeconds(60), TTL)).as("expires as the session ends").isFalse();
        assertThat(SlidingSession.due(end, end.plusSeconds(60), end, TTL)).as("session ended").isFalse();
    }

    private Jwt decode(IssuedToken token) {
        return TokenConfiguration.decoderFor(KEY, properties, clock).decode(token.token()).block();
    }

    private TokenIssuer issuer(RSAKey key) {
        return new TokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))), key, properties, clock);
    }

    private SlidingSession sliding(TokenIssuer tokens) {
        return new SlidingSession(TokenConfiguration.decoderFor(KEY, properties, clock), tokens, TTL, clock);
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
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
