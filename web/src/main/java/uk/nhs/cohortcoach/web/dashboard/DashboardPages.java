package uk.nhs.cohortcoach.web.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/** Who may open the dashboards: programme managers the programme's, coaches "My collaboratives". */
@Configuration
class DashboardPages {

    @Bean
    PageAccess dashboardPageAccess() {
        return rules -> rules.requestMatchers("/dashboard").hasRole(Role.PROGRAMME_MANAGER.name())
                .requestMatchers("/my-collaboratives").hasRole(Role.COACH.name());
    }
}
