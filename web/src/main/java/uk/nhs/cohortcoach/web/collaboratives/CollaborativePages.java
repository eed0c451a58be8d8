package uk.nhs.cohortcoach.web.collaboratives;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/**
 * Who may open a collaborative's pages: programme managers (anyone else signed in gets the 403 page). A
 * cohort's page ({@code /cohorts/{id}}) is under the cohorts' rule.
 */
@Configuration
class CollaborativePages {

    @Bean
    PageAccess collaborativePageAccess() {
        return rules -> rules.requestMatchers("/collaboratives", "/collaboratives/**").hasRole(Role.PROGRAMME_MANAGER.name());
    }
}
