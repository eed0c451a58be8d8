package uk.nhs.cohortcoach.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the relayed bearer token the request's authentication ({@link SignedInPerson} as principal,
 * {@code ROLE_<role>} authorities); an expired one is only remembered (who was signed in:
 * {@link SignedInPerson#expired}), and the request goes on as nobody's.
 */
class PlatformTokenFilter extends OncePerRequestFilter {

    private final PlatformTokens tokens;

    PlatformTokenFilter(PlatformTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        PlatformTokens.Reading reading = tokens.read(token);
        if (reading instanceof PlatformTokens.Valid valid) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new PreAuthenticatedAuthenticationToken(valid.person(), null,
                    valid.person().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
            SecurityContextHolder.setContext(context);
        } else if (reading instanceof PlatformTokens.Expired expired) {
            request.setAttribute(SignedInPerson.EXPIRED, expired.person());
        } // refused: nobody; the page's rule decides (sign in, or open)
        chain.doFilter(request, response);
    }
}
