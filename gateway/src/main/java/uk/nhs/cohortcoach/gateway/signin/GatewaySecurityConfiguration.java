package uk.nhs.cohortcoach.gateway.signin;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import uk.nhs.cohortcoach.gateway.edge.SecurityChainPart;
import uk.nhs.cohortcoach.gateway.token.SessionCookie;
import uk.nhs.cohortcoach.gateway.token.TokenIssuer;

/**
 * Spring Security at the gateway. The gateway authorises nothing itself: every service checks the
 * token on each request, and the gateway's own endpoints (sign-in, JWKS, health) are public.
 * What Spring Security adds here is the edge's parts ({@link SecurityChainPart}: security headers,
 * CSRF protection for the cookie session), and OIDC sign-in when an OAuth2 client registration is
 * configured ({@code spring.security.oauth2.client.registration.*}). No server-side session: the
 * cookie holds the signed token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    /** Where a failed OIDC sign-in returns: the web module's sign-in page, which explains it. */
    static final String OIDC_FAILED = "/sign-in?signin=failed";

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http,
            ObjectProvider<ReactiveClientRegistrationRepository> oidcProviders, SignInProperties properties,
            TokenIssuer tokens, SessionCookie sessionCookie, ObjectProvider<SecurityChainPart> edgeParts) {
        http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        edgeParts.orderedStream().forEach(part -> part.applyTo(http));
        if (oidcProviders.getIfAvailable() != null) {
            OidcSignInSuccessHandler success = new OidcSignInSuccessHandler(
                    new OidcPersonMapper(properties.oidc()), tokens, sessionCookie, properties.oidc().successUrl());
            http.oauth2Login(login -> login
                    .authenticationSuccessHandler(success)
                    .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(OIDC_FAILED))
                    .securityContextRepository(NoOpServerSecurityContextRepository.getInstance()));
        }
        return http.build();
    }

    @Bean
    SignInOptions signInOptions(SignInProperties properties, ObjectProvider<ReactiveClientRegistrationRepository> oidcProviders) {
        return SignInOptions.of(properties, oidcProviders.getIfAvailable());
    }

    @Bean
    FailedSignInThrottle failedSignInThrottle(SignInProperties properties) {
        return new FailedSignInThrottle(properties.throttle(), Clock.systemUTC());
    }
}
