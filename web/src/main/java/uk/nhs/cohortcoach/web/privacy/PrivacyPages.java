package uk.nhs.cohortcoach.web.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/** The privacy notice is open to anyone (a survey respondent is not signed in); personal data is for programme managers. */
@Configuration
class PrivacyPages {

    @Bean
    PageAccess privacyPageAccess() {
        return rules -> rules
                .requestMatchers("/privacy").permitAll()
                .requestMatchers("/personal-data", "/personal-data/**").hasRole(Role.PROGRAMME_MANAGER.name());
    }
}
