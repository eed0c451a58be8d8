package uk.nhs.cohortcoach.web.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/**
 * Who may open the open events' pages. The managers' pages first (anyone else signed in gets the 403 page, nobody
 * signed in is sent to sign in), then the pages anyone may open, signed in or not: the events, an event and its
 * registration form, "check your email", and the emailed links (whose token hub-service checks).
 */
@Configuration
class EventPages {

    static final String[] MANAGERS = {"/events/manage", "/events/new", "/events/reach", "/events/*/edit", "/events/*/cancel",
            "/events/*/registrations", "/events/*/attendance", "/events/*/attendance/import", "/events/*/recording",
            "/events/*/feedback", "/events/*/reach"};

    static final String[] ANYONE = {"/events", "/events/*", "/events/*/registered", "/events/registrations/*",
            "/events/registrations/*/cancel", "/events/feedback/*"};

    @Bean
    PageAccess eventPageAccess() {
        return rules -> rules
                .requestMatchers(MANAGERS).hasRole(Role.PROGRAMME_MANAGER.name())
                .requestMatchers(ANYONE).permitAll();
    }
}
