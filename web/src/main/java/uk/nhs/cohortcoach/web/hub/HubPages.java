package uk.nhs.cohortcoach.web.hub;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.PageAccess;

/**
 * Who may open the hub's pages: reading ({@code /hub}, a resource's page) anyone, signed in or not (hub-service gives
 * each only what their sign-in allows); managing, writing and the insights programme managers only (anyone else signed
 * in gets the 403 page, someone signed out goes to sign in). The managers' addresses come first: {@code
 * /hub/resources/new} is also a {@code /hub/resources/*}.
 */
@Configuration
class HubPages {

    @Bean
    PageAccess hubPageAccess() {
        return rules -> rules
                .requestMatchers("/hub/manage", "/hub/manage/**", "/hub/resources/new", "/hub/resources/*/edit",
                        "/hub/resources/*/publish", "/hub/resources/*/archive", "/hub/resources/*/attachments",
                        "/hub/resources/*/attachments/**", "/hub/insights", "/hub/insights/**")
                .hasRole(Role.PROGRAMME_MANAGER.name())
                .requestMatchers(HttpMethod.POST, "/hub/resources").hasRole(Role.PROGRAMME_MANAGER.name())
                .requestMatchers(HttpMethod.GET, "/hub", "/hub/resources/*").permitAll();
    }
}
