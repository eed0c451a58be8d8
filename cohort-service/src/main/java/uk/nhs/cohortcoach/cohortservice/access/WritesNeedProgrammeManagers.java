package uk.nhs.cohortcoach.cohortservice.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * Only programme managers change anything in cohort-service: every POST, PUT, PATCH and DELETE under
 * {@code /api/} needs the role, checked before the body is read (and again by {@code @PreAuthorize}
 * on each write endpoint).
 */
@Configuration(proxyBeanMethods = false)
public class WritesNeedProgrammeManagers {

    @Bean
    RequestAuthorizations programmeManagerWriteRules() {
        String role = Role.PROGRAMME_MANAGER.name();
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/**").hasRole(role)
                .requestMatchers(HttpMethod.PUT, "/api/**").hasRole(role)
                .requestMatchers(HttpMethod.PATCH, "/api/**").hasRole(role)
                .requestMatchers(HttpMethod.DELETE, "/api/**").hasRole(role);
    }
}
