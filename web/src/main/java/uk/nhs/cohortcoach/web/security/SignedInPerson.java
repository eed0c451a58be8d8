package uk.nhs.cohortcoach.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * The person a request is from, read from their platform token: the person id ({@code sub}), their
 * name, roles, the token itself (web calls the APIs with it) and when it expires. Controllers take it as
 * {@code @AuthenticationPrincipal SignedInPerson person}; it is never written into a page.
 */
public record SignedInPerson(String id, String name, Set<Role> roles, String token, Instant expiresAt) {

    public SignedInPerson {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        name = name == null || name.isBlank() ? id : name;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Request attribute: the person of a token with a good signature whose time is up. */
    static final String EXPIRED = SignedInPerson.class.getName() + ".EXPIRED";

    /** Who the request's expired token names (signature good, time up): whose work to keep. */
    public static Optional<SignedInPerson> expired(HttpServletRequest request) {
        return request.getAttribute(EXPIRED) instanceof SignedInPerson person ? Optional.of(person) : Optional.empty();
    }

    /** The person of the current request, if a valid token came with it. */
    public static Optional<SignedInPerson> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person)
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + id + ", roles=" + roles + "]"; // never the token in a log
    }
}
