package uk.nhs.cohortcoach.platform.support.security;

import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * Turns a validated platform token into the request's authentication: the person id ({@code sub})
 * is the principal name and each entry of the {@code roles} claim becomes the authority
 * {@code ROLE_<role>}, so services can write {@code @PreAuthorize("hasRole('COACH')")}.
 */
final class PlatformTokenAuthenticationConverter {

    private PlatformTokenAuthenticationConverter() {
    }

    static JwtAuthenticationConverter create() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Role.CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(JwtClaimNames.SUB);
        return converter;
    }
}
