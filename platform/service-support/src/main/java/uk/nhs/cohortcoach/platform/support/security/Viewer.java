package uk.nhs.cohortcoach.platform.support.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nhs.cohortcoach.platform.events.Role;

/** The signed-in person making the request: their person id (the token's subject) and roles. */
public record Viewer(String personId, Set<Role> roles) {

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** The viewer of the current request. */
    public static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Viewer(authentication.getName(), roles);
    }
}
