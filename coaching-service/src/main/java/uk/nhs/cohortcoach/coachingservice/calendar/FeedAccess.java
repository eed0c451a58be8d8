package uk.nhs.cohortcoach.coachingservice.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * Calendar clients cannot send the platform token: a feed's secret URL is its credential, so
 * {@code GET /api/sessions/feeds/*.ics} is open. Managing feeds needs a coach or a programme manager
 * (checked before the body is read, and again on each endpoint).
 */
@Configuration(proxyBeanMethods = false)
public class FeedAccess {

    @Bean
    RequestAuthorizations calendarFeedRules() {
        String[] roles = {Role.COACH.name(), Role.PROGRAMME_MANAGER.name()};
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/sessions/feeds/*.ics").permitAll()
                .requestMatchers("/api/sessions/feeds", "/api/sessions/feeds/*").hasAnyRole(roles);
    }
}
