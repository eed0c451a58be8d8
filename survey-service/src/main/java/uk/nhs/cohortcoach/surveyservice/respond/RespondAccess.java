package uk.nhs.cohortcoach.surveyservice.respond;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * Respondents have no account: the invitation token in the link is their credential, so
 * {@code /api/respond/**} needs no platform token. Also switches on scheduling for the recoverer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RespondAccess {

    @Bean
    RequestAuthorizations respondingNeedsOnlyTheLink() {
        return rules -> rules.requestMatchers("/api/respond/**").permitAll();
    }
}
