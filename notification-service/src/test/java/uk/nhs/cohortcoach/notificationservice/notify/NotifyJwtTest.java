package uk.nhs.cohortcoach.notificationservice.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotifyJwtTest {

    private static final Instant NOW = Instant.parse("2026-03-29T01:30:15.789Z");
    private final NotifyJwt jwt = new NotifyJwt(NotifyApiKey.parse(NotifyApiKeyTest.KEY), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void isAnHs256JwtIssuedByTheServiceNowAndSignedWithTheSecret() throws Exception {
        SignedJWT token = SignedJWT.parse(jwt.token());

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(token.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(NotifyApiKeyTest.SERVICE_ID);
        assertThat(token.getJWTClaimsSet().getClaim("iat")).as("iat in epoch seconds").isNotNull();
        assertThat(token.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:15Z"));
        assertThat(token.getPayload().toJSONObject().get("iat")).isEqualTo(NOW.getEpochSecond());
        assertThat(token.verify(new MACVerifier(NotifyApiKeyTest.SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(token.verify(new MACVerifier("0d844edf-8d35-48ac-975b-e847b4f122b0".getBytes(StandardCharsets.UTF_8))))
                .as("another secret").isFalse();
    }

    @Test
    void carriesOnlyTheIssuerAndIssueTime() throws Exception {
        assertThat(SignedJWT.parse(jwt.token()).getJWTClaimsSet().getClaims()).containsOnlyKeys("iss", "iat");
    }

    @Test
    void isMadeAfreshWithTheClocksTime() throws Exception {
        Instant later = NOW.plusSeconds(40);
        NotifyJwt moving = new NotifyJwt(NotifyApiKey.parse(NotifyApiKeyTest.KEY), Clock.fixed(later, ZoneOffset.UTC));

        assertThat(SignedJWT.parse(moving.token()).getJWTClaimsSet().getIssueTime().toInstant())
                .isEqualTo(Instant.ofEpochSecond(later.getEpochSecond()));
    }
}
