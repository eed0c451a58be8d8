package uk.nhs.cohortcoach.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegistrationTokensTest {

    private static final byte[] SECRET = "a-registration-link-secret-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8);

    @Test
    void makesADifferentTokenForEachPurposeRegistrationAndSecret() {
        String cancel = RegistrationTokens.cancelToken(SECRET, "registration-1");

        assertThat(cancel).isEqualTo(RegistrationTokens.cancelToken(SECRET, "registration-1"))
                .isNotEqualTo(RegistrationTokens.feedbackToken(SECRET, "registration-1"))
                .isNotEqualTo(RegistrationTokens.cancelToken(SECRET, "registration-2"))
                .isNotEqualTo(RegistrationTokens.cancelToken("another-secret-that-is-also-32-bytes-long".getBytes(StandardCharsets.UTF_8),
                        "registration-1"))
                .isNotEqualTo(InvitationTokens.token(SECRET, "registration-1"));
    }

    @Test
    void makesTokensOf256BitsSafeInAUrl() {
        assertThat(RegistrationTokens.feedbackToken(SECRET, "registration-1")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void storesOnlyAHashThatIsNotTheToken() {
        String token = RegistrationTokens.cancelToken(SECRET, "registration-1");

        assertThat(RegistrationTokens.hash(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
    }

    @Test
    void refusesAShortSecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> RegistrationTokens.cancelToken(new byte[16], "registration-1"));
    }
}
