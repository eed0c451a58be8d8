package uk.nhs.cohortcoach.web.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * The pages' security: stateless (the relayed bearer token is the person, see {@link PlatformTokenFilter}),
 * CSRF checked on every POST against the {@code XSRF-TOKEN} cookie the gateway also uses (a hidden
 * {@code _csrf} field in every form), the open pages, each feature's {@link PageAccess} rules, and
 * "everything else needs someone signed in" (else to {@code /sign-in?next=}, or, for a form posted after
 * the sign-in expired, kept first: {@code kept.KeptWork}). Refusals are GOV.UK pages
 * ({@code page.RefusalPages}): the 403 page (a role rule) or "This form has expired" (no or a stale CSRF token).
 */
@Configuration
class SecurityConfiguration {

    /** Open to anyone: {@code /} (it sends each to their start page), signing in and out, the error pages, assets, probes and metrics (the gateway never routes /actuator to web: only the cluster reaches them), and the old {@code /admin/} addresses (301 to the new). */
    static final String[] OPEN = {"/", "/sign-in", "/sign-out", "/error", "/webjars/**", "/web-assets/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/admin/**"};

    static final String CSRF_COOKIE = "XSRF-TOKEN";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, PlatformTokens tokens, List<PageAccess> access, WebProperties properties,
            AccessDeniedHandler refusalPages, AuthenticationEntryPoint signIn) throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setCookiePath("/");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").secure(properties.auth().cookieSecure()));
        return http
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .addFilterBefore(new PlatformTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(OPEN).permitAll();
                    access.forEach(feature -> feature.configure(rules));
                    rules.anyRequest().authenticated();
                })
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signIn).accessDeniedHandler(refusalPages))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> { })
                .build();
    }
}
