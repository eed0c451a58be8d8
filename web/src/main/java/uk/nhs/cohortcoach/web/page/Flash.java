package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * The success message of POST-redirect-GET, carried to the next page in a short-lived cookie and shown
 * once by the layout as a GOV.UK success banner. A cookie, not Spring's flash attributes: those live in an
 * HTTP session, and web keeps none (so never use {@code RedirectAttributes.addFlashAttribute}).
 */
@Component
public class Flash {

    static final String COOKIE = "cc_flash";
    private static final Duration LIVES = Duration.ofMinutes(1);

    private final boolean secure;

    public Flash(WebProperties properties) {
        this.secure = properties.auth().cookieSecure();
    }

    /** Shows {@code message} in a success banner on the next page this browser opens. */
    public void success(HttpServletResponse response, String message) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(message.getBytes(StandardCharsets.UTF_8));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(value, LIVES).toString());
    }

    /** The message left for this page, if any; it is cleared so it shows once. */
    String take(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
                try {
                    return new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException notOurs) {
                    return null;
                }
            }
        }
        return null;
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(secure).sameSite("Lax").path("/").maxAge(maxAge).build();
    }
}
