package uk.nhs.cohortcoach.gateway.edge;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/** A part of the gateway's one Spring Security filter chain contributed by an edge feature (headers, CSRF). */
@FunctionalInterface
public interface SecurityChainPart {

    void applyTo(ServerHttpSecurity http);
}
