package uk.nhs.cohortcoach.web.surveys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/**
 * Who may open the survey pages, as survey-service has it: one wave's results are for programme managers and
 * the coaches of its cohort (the API decides which waves a coach sees); everything else, and every change,
 * for programme managers.
 */
@Configuration
class SurveyPages {

    @Bean
    PageAccess surveyPageAccess() {
        String manager = Role.PROGRAMME_MANAGER.name();
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/surveys/*").hasAnyRole(manager, Role.COACH.name())
                .requestMatchers("/surveys", "/surveys/**").hasRole(manager);
    }
}
