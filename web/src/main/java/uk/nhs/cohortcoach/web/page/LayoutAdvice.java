package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.nhs.cohortcoach.web.signin.SignedInPerson;

/** Gives every page's model the {@link Layout}. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth != null && auth.getPrincipal() instanceof SignedInPerson person ? person.username() : null;
        return new Layout(csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                username, request.getRequestURI());
    }
}
