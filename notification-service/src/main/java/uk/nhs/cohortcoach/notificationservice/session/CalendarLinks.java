package uk.nhs.cohortcoach.notificationservice.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

/**
 * The personal "add to calendar" link of a session email: {@code <public address>/api/notifications/calendar/<token>.ics},
 * where the token names the session or series and the recipient and is signed (HMAC-SHA256 under {@code secret}), so
 * it needs no sign-in and cannot be altered to show another person's or session's calendar. The token is made when
 * the email is sent and never stored. Invitations, change and cancellation notices carry it; reminders do not.
 *
 * @param publicAddress the gateway's public address, as survey links use it ({@code SURVEY_LINK_BASE_URL}): only its
 *                      scheme, host and port are used
 * @param secret        the signing key, at least 32 characters ({@code CALENDAR_LINK_SECRET})
 */
@Validated
@ConfigurationProperties("cohort-coach.notifications.calendar-links")
public record CalendarLinks(
        @NotBlank(message = "must be set: cohort-coach.notifications.calendar-links.public-address, environment variable "
                + "SURVEY_LINK_BASE_URL (the gateway's public address, e.g. https://<gateway host>/respond/)")
        String publicAddress,
        @NotBlank(message = "must be set: cohort-coach.notifications.calendar-links.secret, environment variable "
                + "CALENDAR_LINK_SECRET (at least 32 characters)")
        @Size(min = 32, message = "must be at least 32 characters (CALENDAR_LINK_SECRET)") String secret) {

    /** Where the service answers the links (behind the gateway's {@code /api/notifications/**} route). */
    public static final String PATH = "/api/notifications/calendar/";

    private static final Set<Purpose> LINKED = Set.of(Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED,
            Purpose.SESSION_CANCELLED);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TOKEN = 600;

    /** What a valid token names: a session or series id, and the person it was sent to. */
    public record Subject(String subjectId, String recipientId) {
    }

    /** The link for a session email's recipient; none for other email. */
    public Optional<String> linkFor(Message message) {
        if (!LINKED.contains(message.purpose()) || message.subjectId() == null) {
            return Optional.empty();
        }
        URI address = URI.create(publicAddress.trim());
        String origin = address.getScheme() + "://" + address.getRawAuthority();
        return Optional.of(origin + PATH + token(message.subjectId(), message.recipientId()) + ".ics");
    }

    /** {@code base64url(subject \n recipient) . base64url(HMAC)}, without padding. */
    public String token(String subjectId, String recipientId) {
        byte[] payload = (subjectId + "\n" + recipientId).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(mac(payload));
    }

    /** What the token names, when it is one this service signed; empty for anything else, altered or not. */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] payload = base64.decode(token.substring(0, dot));
            byte[] signature = base64.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Subject(parts[0], parts[1]));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(("calendar-link\n" + secret).getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always there", e);
        }
    }
}
