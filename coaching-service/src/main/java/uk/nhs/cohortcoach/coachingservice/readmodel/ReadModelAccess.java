package uk.nhs.cohortcoach.coachingservice.readmodel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/** Only programme managers rebuild the read model (checked again by {@code @PreAuthorize}). */
@Configuration(proxyBeanMethods = false)
public class ReadModelAccess {

    @Bean
    RequestAuthorizations readModelRebuildNeedsProgrammeManagers() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/sessions/read-model/rebuild")
                .hasRole(Role.PROGRAMME_MANAGER.name());
    }
}
