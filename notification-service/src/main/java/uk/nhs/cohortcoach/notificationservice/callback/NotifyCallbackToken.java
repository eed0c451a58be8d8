package uk.nhs.cohortcoach.notificationservice.callback;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import uk.nhs.cohortcoach.notificationservice.notify.NotifyProperties;

/**
 * The bearer token GOV.UK Notify sends with its callbacks ({@code NOTIFY_CALLBACK_TOKEN}), compared in
 * constant time. With no token configured nothing matches, so the callback accepts nothing.
 */
final class NotifyCallbackToken {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    NotifyCallbackToken(NotifyProperties notify) {
        String configured = notify.callbackToken();
        this.token = configured == null ? new byte[0] : configured.getBytes(StandardCharsets.UTF_8);
    }

    boolean presentedBy(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token.length == 0 || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8));
    }
}
