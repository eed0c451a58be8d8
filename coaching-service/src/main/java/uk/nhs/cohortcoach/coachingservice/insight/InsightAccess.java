package uk.nhs.cohortcoach.coachingservice.insight;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/** Only programme managers read a cohort's insights: decided by the URL, before any parameter is looked at. */
@Configuration(proxyBeanMethods = false)
public class InsightAccess {

    @Bean
    RequestAuthorizations insightsNeedProgrammeManagers() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/sessions/cohorts/*/insights").hasRole(Role.PROGRAMME_MANAGER.name());
    }
}
