package uk.nhs.cohortcoach.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nhs.cohortcoach.gateway.UnsafeConfigurationException;

/**
 * The RSA key that signs platform tokens (RS256), identified by its RFC 7638 thumbprint as
 * {@code kid}: loaded from a PKCS12 key store when one is configured, otherwise generated (and kept in
 * the key file when one is named, see {@link SigningKeyFile}). A generated key is refused in production,
 * where every gateway replica must sign with the same key from the key store, key file or not.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static RSAKey load(TokenProperties.SigningKey config, boolean production) {
        if (config.configured()) {
            return fromKeyStore(config);
        }
        if (production) {
            throw new UnsafeConfigurationException(
                    "The 'prod' profile is active but no token signing key store is configured: a key generated "
                            + "at start would differ between gateway replicas and change at every restart.",
                    "Set AUTH_KEY_STORE (a PKCS12 file), AUTH_KEY_STORE_PASSWORD and AUTH_KEY_ALIAS.");
        }
        if (config.keptInFile()) {
            return new SigningKeyFile(Path.of(config.keyFile())).loadOrCreate(SigningKeys::generate);
        }
        RSAKey key = generate();
        log.info("Generated a token signing key for this run (kid {}); set AUTH_KEY_STORE (or AUTH_KEY_FILE, locally) "
                + "to keep one", key.getKeyID());
        return key;
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a token signing key", e);
        }
    }

    private static RSAKey fromKeyStore(TokenProperties.SigningKey config) {
        Path file = Path.of(config.keyStore());
        if (config.alias() == null || config.alias().isBlank()) {
            throw new UnsafeConfigurationException("AUTH_KEY_STORE is set (" + file + ") but the key's alias is not.",
                    "Set AUTH_KEY_ALIAS to the alias of the RSA key pair in the key store.");
        }
        char[] storePassword = orEmpty(config.keyStorePassword());
        char[] keyPassword = config.keyPassword() == null || config.keyPassword().isEmpty()
                ? storePassword : config.keyPassword().toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, storePassword);
            JWK loaded = RSAKey.load(store, config.alias(), keyPassword);
            if (!(loaded instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new UnsafeConfigurationException("Key store " + file + " has no RSA private key under alias '"
                        + config.alias() + "'.", "Check AUTH_KEY_STORE, AUTH_KEY_ALIAS and AUTH_KEY_PASSWORD.");
            }
            RSAKey key = new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint().build();
            log.info("Loaded the token signing key '{}' from {} (kid {})", config.alias(), file, key.getKeyID());
            return key;
        } catch (IOException | GeneralSecurityException | JOSEException e) {
            throw new UnsafeConfigurationException("Cannot read the token signing key '" + config.alias() + "' from "
                    + file + ": " + e.getMessage(), "Check AUTH_KEY_STORE, AUTH_KEY_STORE_PASSWORD, AUTH_KEY_ALIAS "
                    + "and AUTH_KEY_PASSWORD; the key store must be PKCS12 with an RSA key pair.");
        }
    }

    private static char[] orEmpty(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
