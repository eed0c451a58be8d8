package uk.nhs.cohortcoach.notificationservice.session.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import uk.nhs.cohortcoach.notificationservice.session.CalendarLinks;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * Mail clients and calendar apps cannot send the platform token: a calendar link's signature is its credential, so
 * {@code GET /api/notifications/calendar/*.ics} is open and the service checks the signature itself.
 */
@Configuration(proxyBeanMethods = false)
public class InvitationCalendarAccess {

    @Bean
    RequestAuthorizations invitationCalendarsAreOpen() {
        return rules -> rules.requestMatchers(HttpMethod.GET, CalendarLinks.PATH + "*.ics").permitAll();
    }
}
