package uk.nhs.cohortcoach.gateway.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /.well-known/jwks.json}: the public half of the token signing key, from which every
 * service checks token signatures. Private key parameters never leave the gateway.
 */
@RestController
class JwksController {

    private final Map<String, Object> jwks;

    JwksController(RSAKey tokenSigningKey) {
        this.jwks = new JWKSet(tokenSigningKey.toPublicJWK()).toJSONObject(true);
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(jwks);
    }
}
