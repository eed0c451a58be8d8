package uk.nhs.cohortcoach.web.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/**
 * Who may open the member pages: participants only. A programme manager or coach is in no team and has their own
 * views of collaboratives and sessions, so they get the 403 page here (someone who is also a participant gets in).
 */
@Configuration
class MemberPages {

    @Bean
    PageAccess memberPageAccess() {
        return rules -> rules.requestMatchers("/my-collaborative", "/our-sessions", "/my-surveys", "/my-surveys/**")
                .hasRole(Role.PARTICIPANT.name());
    }
}
