package uk.nhs.cohortcoach.platform.support.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own URL rules, applied after the open paths and before "every other request needs a
 * valid token". Rules here run before the request body is read, so a caller without the role gets
 * 403 whatever it sent (rather than a 400 about its body).
 *
 * <pre>{@code
 * @Bean RequestAuthorizations writesNeedManagers() {
 *     return rules -> rules.requestMatchers(HttpMethod.POST, "/api/**").hasRole("PROGRAMME_MANAGER");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface RequestAuthorizations {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
