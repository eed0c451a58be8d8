package uk.nhs.cohortcoach.web.actions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/**
 * Who may open the actions pages: every programme role sees the list (the API filters what each may see);
 * only programme managers and coaches change an action (the API then decides whose collaborative).
 */
@Configuration
class ActionPages {

    @Bean
    PageAccess actionPageAccess() {
        return rules -> rules
                .requestMatchers("/actions/*/change", "/actions/*/edit", "/actions/*/reassign")
                .hasAnyRole(Role.PROGRAMME_MANAGER.name(), Role.COACH.name())
                .requestMatchers("/actions", "/actions/**")
                .hasAnyRole(Role.PROGRAMME_MANAGER.name(), Role.COACH.name(), Role.PARTICIPANT.name());
    }
}
