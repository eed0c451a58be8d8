package uk.nhs.cohortcoach.platform.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a survey invitation's link token is made, shared by survey-service (which keeps only its
 * hash) and notification-service (which puts it in the email link): HMAC-SHA256 of the invitation
 * id under the link secret both services are given, base64url without padding (256 bits). The
 * token is therefore never stored or sent anywhere: not in a database, not in an event, not in a log.
 */
public final class InvitationTokens {

    private InvitationTokens() {
    }

    public static String token(byte[] linkSecret, String invitationId) {
        return mac(linkSecret, invitationId);
    }

    /**
     * The token of the invitation's link of this generation: generation 0 is the first link ({@link #token(byte[], String)},
     * so links sent before links could be sent again keep working); each "send me my link again" moves the invitation to
     * the next generation, whose token is the HMAC of {@code <invitationId>#<generation>}, and the older links stop working
     * (survey-service keeps only the newest one's hash). The generation is no secret: without the link secret it makes
     * no token.
     */
    public static String token(byte[] linkSecret, String invitationId, int generation) {
        if (generation < 0) {
            throw new IllegalArgumentException("a link generation is 0 or more");
        }
        return generation == 0 ? mac(linkSecret, invitationId) : mac(linkSecret, invitationId + "#" + generation);
    }

    private static String mac(byte[] linkSecret, String invitationId) {
        if (linkSecret.length < 32) {
            throw new IllegalArgumentException("the invitation link secret must be at least 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(linkSecret, "HmacSHA256"));
            byte[] digest = mac.doFinal(invitationId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What survey-service stores and looks tokens up by: SHA-256 of the token, hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
