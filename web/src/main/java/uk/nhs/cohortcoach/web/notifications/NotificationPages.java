package uk.nhs.cohortcoach.web.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/** Who may open the delivery log: programme managers (anyone else signed in gets the 403 page). */
@Configuration
class NotificationPages {

    @Bean
    PageAccess notificationPageAccess() {
        return rules -> rules.requestMatchers("/notifications", "/notifications/**").hasRole(Role.PROGRAMME_MANAGER.name());
    }
}
