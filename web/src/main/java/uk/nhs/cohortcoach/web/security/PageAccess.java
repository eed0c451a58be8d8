package uk.nhs.cohortcoach.web.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One feature's role rules for its pages, applied after the open pages and before "every other page
 * needs someone signed in" (the same pattern as the services' {@code RequestAuthorizations}). Someone
 * signed in without the role gets the 403 page.
 *
 * <pre>{@code
 * @Bean PageAccess cohortPages() {
 *     return rules -> rules.requestMatchers("/cohorts", "/cohorts/**").hasRole("PROGRAMME_MANAGER");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface PageAccess {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
