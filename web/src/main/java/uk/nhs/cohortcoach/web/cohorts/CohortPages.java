package uk.nhs.cohortcoach.web.cohorts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/** Who may open the cohort pages: programme managers (anyone else signed in gets the 403 page). */
@Configuration
class CohortPages {

    @Bean
    PageAccess cohortPageAccess() {
        return rules -> rules.requestMatchers("/cohorts", "/cohorts/**").hasRole(Role.PROGRAMME_MANAGER.name());
    }
}
