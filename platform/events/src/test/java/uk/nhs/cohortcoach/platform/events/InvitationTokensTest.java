package uk.nhs.cohortcoach.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class InvitationTokensTest {

    private static final byte[] SECRET = "a-test-link-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);

    @Test
    void derivesTheSameTokenForTheSameInvitationAndADifferentOneOtherwise() {
        assertThat(InvitationTokens.token(SECRET, "inv-1")).isEqualTo(InvitationTokens.token(SECRET, "inv-1"))
                .isNotEqualTo(InvitationTokens.token(SECRET, "inv-2"));
    }

    @Test
    void makesAUrlSafeTokenOf256Bits() {
        String token = InvitationTokens.token(SECRET, "inv-1");

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void dependsOnTheSecret() {
        byte[] other = "another-link-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);

        assertThat(InvitationTokens.token(other, "inv-1")).isNotEqualTo(InvitationTokens.token(SECRET, "inv-1"));
    }

    @Test
    void hashesWithoutRevealingTheToken() {
        String token = InvitationTokens.token(SECRET, "inv-1");

        assertThat(InvitationTokens.hash(token)).hasSize(64).doesNotContain(token);
    }

    @Test
    void theFirstGenerationIsTheOriginalLinkAndEachLaterOneADifferentToken() {
        assertThat(InvitationTokens.token(SECRET, "inv-1", 0)).isEqualTo(InvitationTokens.token(SECRET, "inv-1"));
        assertThat(java.util.stream.IntStream.rangeClosed(0, 20).mapToObj(g -> InvitationTokens.token(SECRET, "inv-1", g)))
                .doesNotHaveDuplicates().allMatch(token -> token.matches("[A-Za-z0-9_-]{43}"));
        assertThat(InvitationTokens.token(SECRET, "inv-1", 1)).isEqualTo(InvitationTokens.token(SECRET, "inv-1", 1))
                .isNotEqualTo(InvitationTokens.token(SECRET, "inv-2", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> InvitationTokens.token(SECRET, "inv-1", -1));
    }

    @Test
    void refusesAShortSecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> InvitationTokens.token(new byte[16], "inv-1"));
    }
}
