package uk.nhs.cohortcoach.hubservice.openevent.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * Who may call which open-event path, decided before any body is read: anyone reads the listing, an event's page and
 * its calendar entry, registers, and uses a cancel or feedback link; everything else under {@code /api/open-events}
 * is for programme managers. The manager-only reads are named first, as their paths also fit the public patterns.
 */
@Configuration(proxyBeanMethods = false)
public class OpenEventAccess {

    @Bean
    RequestAuthorizations openEventRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/open-events/reach", "/api/open-events/*/manage",
                        "/api/open-events/*/feedback", "/api/open-events/*/reach").hasRole("PROGRAMME_MANAGER")
                .requestMatchers(HttpMethod.GET, "/api/open-events", "/api/open-events/*", "/api/open-events/*/calendar.ics",
                        "/api/open-events/registrations/*", "/api/open-events/feedback/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/open-events/*/registrations", "/api/open-events/registrations/*/cancel",
                        "/api/open-events/feedback/*").permitAll()
                .requestMatchers("/api/open-events", "/api/open-events/**").hasRole("PROGRAMME_MANAGER");
    }
}
