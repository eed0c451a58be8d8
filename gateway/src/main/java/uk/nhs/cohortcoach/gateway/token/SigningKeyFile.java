package uk.nhs.cohortcoach.gateway.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nhs.cohortcoach.gateway.UnsafeConfigurationException;

/**
 * A generated signing key kept in a file between runs (local use: {@code ./run-local} names one under {@code .local/}),
 * so that restarting the gateway keeps everyone signed in. The file is the key as a private JWK, readable and
 * writable by its owner only (made so before any key is written to it, and put back so if found looser); the key id
 * is its RFC 7638 thumbprint, so it is the same at every start.
 */
final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    SigningKeyFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The key in the file, or one made by {@code generate} and written there first when there is no file yet. */
    RSAKey loadOrCreate(Supplier<RSAKey> generate) {
        try {
            if (Files.exists(file)) {
                RSAKey key = read();
                log.info("Signing tokens with the key kept in {} (kid {})", file, key.getKeyID());
                return key;
            }
            RSAKey key = generate.get();
            write(key);
            log.info("Generated a token signing key (kid {}) and kept it in {} for the next start", key.getKeyID(), file);
            return key;
        } catch (IOException e) {
            throw new UnsafeConfigurationException("Cannot keep the token signing key in " + file + ": " + e.getMessage(),
                    "Check that AUTH_KEY_FILE names a file the gateway may create and read, or leave it unset.");
        }
    }

    private RSAKey read() throws IOException {
        tightenIfLoose();
        try {
            RSAKey parsed = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!parsed.isPrivate()) {
                throw new ParseException("no private key", 0);
            }
            return new RSAKey.Builder(parsed).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint().build();
        } catch (ParseException | com.nimbusds.jose.JOSEException e) {
            throw new UnsafeConfigurationException("The token signing key file " + file + " does not hold an RSA private "
                    + "key as a JWK (" + e.getMessage() + ").", "Delete the file: the gateway makes a new key at its next start "
                    + "(everyone signed in signs in again).");
        }
    }

    private void write(RSAKey key) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectories(directory);
            }
        }
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp", ownerOnly);
        try {
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void tightenIfLoose() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            log.warn("The token signing key file {} was readable by others ({}); made it owner-only", file,
                    PosixFilePermissions.toString(permissions));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
