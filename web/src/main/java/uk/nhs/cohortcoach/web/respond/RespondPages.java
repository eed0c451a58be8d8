package uk.nhs.cohortcoach.web.respond;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.web.security.PageAccess;

/** Who may open the survey pages: anyone with the link (the link's token is checked by survey-service). */
@Configuration
class RespondPages {

    @Bean
    PageAccess respondPageAccess() {
        return rules -> rules.requestMatchers("/respond/*").permitAll();
    }
}
