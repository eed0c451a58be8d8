package uk.nhs.cohortcoach.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.cohortcoach.gateway.UnsafeConfigurationException;

class SigningKeyFileTest {

    @TempDir
    Path directory;

    @Test
    void generatesTheKeyOnceIntoAnOwnerOnlyFileAndSignsWithTheSameKeyAndKeyIdAfterARestart() throws Exception {
        Path file = directory.resolve("gateway").resolve("token-signing-key.json");

        RSAKey first = SigningKeys.load(keptIn(file), false);
        RSAKey afterRestart = SigningKeys.load(keptIn(file), false);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID()).isEqualTo(first.computeThumbprint().toString());
        assertThat(afterRestart.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(afterRestart.isPrivate()).isTrue();
    }

    @Test
    void withoutAKeyFileEveryStartMakesANewKey() {
        RSAKey first = SigningKeys.load(keptIn(null), false);
        RSAKey second = SigningKeys.load(keptIn(null), false);

        assertThat(second.getKeyID()).isNotEqualTo(first.getKeyID());
    }

    @Test
    void makesAKeyFileFoundReadableByOthersOwnerOnlyAndStillUsesItsKey() throws Exception {
        Path file = directory.resolve("token-signing-key.json");
        RSAKey first = SigningKeys.load(keptIn(file), false);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        RSAKey again = SigningKeys.load(keptIn(file), false);

        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void refusesAKeyFileThatHoldsNoPrivateKeySayingToDeleteIt() throws Exception {
        Path file = directory.resolve("token-signing-key.json");
        RSAKey key = SigningKeys.load(keptIn(file), false);
        Files.writeString(file, key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeys.load(keptIn(file), false))
                .isInstanceOf(UnsafeConfigurationException.class).hasMessageContaining(file.toString())
                .satisfies(e -> assertThat(((UnsafeConfigurationException) e).action()).contains("Delete the file"));
    }

    @Test
    void productionStillRefusesAGeneratedKeyEvenWithAKeyFileAndWritesNothing() {
        Path file = directory.resolve("token-signing-key.json");

        assertThatThrownBy(() -> SigningKeys.load(keptIn(file), true))
                .isInstanceOf(UnsafeConfigurationException.class).hasMessageContaining("no token signing key store");
        assertThat(file).doesNotExist();
    }

    private static TokenProperties.SigningKey keptIn(Path file) {
        return new TokenProperties.SigningKey(null, null, null, null, file == null ? null : file.toString());
    }
}
