package uk.nhs.cohortcoach.platform.support.security;

import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Makes the service an OAuth2 resource server for the gateway's platform token: every request
 * needs a valid token (signature checked against the gateway's JWKS, issuer, expiry) except the
 * probes and metrics; roles become {@code ROLE_*} authorities; method security is on for
 * {@code @PreAuthorize}, whose role rules are decided before the body is read ({@link RoleCheckBeforeBody}). Stateless, no CSRF (bearer tokens are not sent by browsers on their own),
 * and 401/403 answers are problem details with the correlation id.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ServiceSecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
@Import({SecurityExceptionAdvice.class, RoleCheckBeforeBodyConfiguration.class})
public class ServiceSecurityAutoConfiguration {

    /** Paths a Kubernetes probe or a metrics scraper calls without a token. */
    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/v3/api-docs", "/v3/api-docs/**"};

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder platformTokenDecoder(ServiceSecurityProperties properties) {
        // the keys are fetched on the first token, not here: a service starts even before the gateway
        NimbusJwtDecoder decoder = PlatformKeys.decoder(properties);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtTypeValidator.jwt(),
                new JwtIssuerValidator(properties.issuer()),
                new JwtTimestampValidator(properties.clockSkew()),
                // the timestamp check passes a token without exp: such a token would never expire
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank())));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http,
            ObjectProvider<RequestAuthorizations> serviceRules) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        ProblemAccessDeniedHandler deniedHandler = new ProblemAccessDeniedHandler();
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN_PATHS).permitAll();
                    serviceRules.orderedStream().forEach(rules -> rules.configure(requests));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(PlatformTokenAuthenticationConverter.create()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
