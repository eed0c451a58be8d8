package uk.nhs.cohortcoach.web.sessions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/**
 * Who may open the coaching pages: a coach their own sessions; coaches and programme managers a session
 * (the API then says which sessions each may see and what each may do: the log is its coach's to write).
 */
@Configuration
class SessionPages {

    @Bean
    PageAccess sessionPageAccess() {
        return rules -> rules
                .requestMatchers("/my-sessions", "/my-sessions/**").hasRole(Role.COACH.name())
                .requestMatchers("/sessions/*/log", "/sessions/*/log/draft").hasRole(Role.COACH.name())
                .requestMatchers("/sessions", "/sessions/**", "/calendar", "/calendar/**")
                .hasAnyRole(Role.COACH.name(), Role.PROGRAMME_MANAGER.name());
    }
}
