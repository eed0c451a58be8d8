package uk.nhs.cohortcoach.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.WebProperties;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;
import uk.nhs.cohortcoach.web.security.LocalPaths;

/**
 * {@code /sign-in}: a plain HTML form that works with JavaScript off. Its POST asks the gateway
 * ({@link GatewayAuth}); on success the gateway's session cookie is relayed to the browser and the person
 * goes back to {@code next} (a local path) or {@code /}. {@code POST /sign-out} clears that cookie.
 */
@Controller
class SignInController {

    static final FormErrors.Fields FIELDS = FormErrors.fields().input("username").input("password");
    private static final Pattern KEPT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final GatewayAuth gateway;
    private final Messages messages;
    private final Flash flash;
    private final WebProperties.Auth auth;

    SignInController(GatewayAuth gateway, Messages messages, Flash flash, WebProperties properties) {
        this.gateway = gateway;
        this.messages = messages;
        this.flash = flash;
        this.auth = properties.auth();
    }

    @GetMapping("/sign-in")
    String form(@RequestParam(required = false) String next, @RequestParam(required = false) String signin,
            @RequestParam(required = false) String kept, Model model) {
        FormErrors errors = FIELDS.errors();
        if ("failed".equals(signin)) {
            errors.add("", messages.get("signin.failed"));
        }
        if (kept != null && KEPT_ID.matcher(kept).matches()) { // a form was kept: say so, and go to it after
            model.addAttribute("kept", messages.get("signin.kept"));
            next = "/kept/" + kept;
        }
        return page(model, "", next, errors);
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response, Model model) {
        FormErrors errors = FIELDS.errors();
        if (username.isBlank()) {
            errors.add("username", messages.get("signin.username.missing"));
        }
        if (password.isEmpty()) {
            errors.add("password", messages.get("signin.password.missing"));
        }
        if (!errors.any()) {
            GatewayAuth.Outcome outcome = gateway.login(username.trim(), password, forwardedFor(request));
            if (outcome instanceof GatewayAuth.SignedIn signedIn) {
                signedIn.cookies().stream().filter(cookie -> cookie.startsWith(auth.cookieName() + "="))
                        .forEach(cookie -> response.addHeader(HttpHeaders.SET_COOKIE, cookie));
                return "redirect:" + LocalPaths.orElse(next, "/");
            } else if (outcome instanceof GatewayAuth.Throttled throttled) {
                errors.add("", throttled.retryAfter() == null ? messages.get("signin.throttled.later")
                        : messages.get("signin.throttled", inWords(throttled.retryAfter())));
            } else if (outcome instanceof GatewayAuth.PasswordSignInOff) {
                errors.add("", messages.get("signin.passwordOff"));
            } else {
                errors.add("username", messages.get("signin.wrong"));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, username, next, errors);
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(auth.cookieName(), "")
                .httpOnly(true).secure(auth.cookieSecure()).sameSite("Lax").path("/").maxAge(Duration.ZERO).build().toString());
        flash.success(response, messages.get("signin.signedOut"));
        return "redirect:/sign-in";
    }

    private String page(Model model, String username, String next, FormErrors errors) {
        model.addAttribute("options", gateway.options());
        model.addAttribute("username", username);
        model.addAttribute("next", LocalPaths.isLocal(next) ? next : null);
        model.addAttribute("errors", errors);
        return "signin";
    }

    /** The client's address as the gateway relayed it (its X-Forwarded-For), else the connection's. */
    private static String forwardedFor(HttpServletRequest request) {
        return Optional.ofNullable(request.getHeader("X-Forwarded-For")).filter(value -> !value.isBlank())
                .orElse(request.getRemoteAddr());
    }

    /** "30 seconds", "1 minute", "15 minutes" (rounded up). */
    private static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
