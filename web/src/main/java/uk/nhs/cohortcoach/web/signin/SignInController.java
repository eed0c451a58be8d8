package uk.nhs.cohortcoach.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.page.FormErrors;

/** {@code /sign-in}: a plain HTML form that works with JavaScript off; {@code POST /sign-out} ends the session. */
@Controller
class SignInController {

    private final GatewaySignIn gateway;
    private final SecurityContextRepository contexts;

    SignInController(GatewaySignIn gateway, SecurityContextRepository contexts) {
        this.gateway = gateway;
        this.contexts = contexts;
    }

    @GetMapping("/sign-in")
    String form(Model model) {
        model.addAttribute("username", "");
        model.addAttribute("errors", FormErrors.none());
        return "signin";
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        FormErrors errors = FormErrors.none();
        if (username.isBlank()) {
            errors = errors.with("username", "Enter your username");
        }
        if (password.isEmpty()) {
            errors = errors.with("password", "Enter your password");
        }
        Optional<SignedInPerson> person = Optional.empty();
        if (!errors.any()) {
            try {
                person = gateway.signIn(username.trim(), password);
                if (person.isEmpty()) {
                    errors = errors.with("username", "The username or password is not right");
                }
            } catch (GatewaySignIn.TooManyAttemptsException throttled) {
                errors = errors.with("", "Too many failed sign-in attempts. Try again later.");
            }
        }
        if (person.isEmpty()) {
            model.addAttribute("username", username);
            model.addAttribute("errors", errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "signin";
        }
        request.changeSessionId(); // a new session id on sign-in (fixation)
        List<SimpleGrantedAuthority> roles = person.get().roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.get(), null, roles));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/cohorts";
    }
}
