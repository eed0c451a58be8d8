package uk.nhs.cohortcoach.notificationservice.notify;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;

/**
 * The bearer token for one request to GOV.UK Notify: a JWT, HS256, header {@code typ: JWT}, claims
 * {@code iss} = the service id and {@code iat} = now (epoch seconds), signed with the API key's secret
 * (its UTF-8 bytes). Notify refuses a token whose {@code iat} is more than 30 seconds old, so a fresh
 * one is made for every request (it is cheap: one HMAC).
 */
public final class NotifyJwt {

    private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();

    private final String serviceId;
    private final MACSigner signer;
    private final Clock clock;

    public NotifyJwt(NotifyApiKey key, Clock clock) {
        this.serviceId = key.serviceId();
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            this.signer = new MACSigner(key.secret().getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The GOV.UK Notify secret cannot be used as an HS256 key", e);
        }
    }

    /** A newly signed token, issued now. */
    public String token() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(serviceId)
                .issueTime(Date.from(clock.instant()))
                .build();
        SignedJWT jwt = new SignedJWT(HEADER, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the GOV.UK Notify token", e);
        }
        return jwt.serialize();
    }
}
