package uk.nhs.cohortcoach.notificationservice.session;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates {@link CalendarLinks} at start-up (under prod a missing secret stops the service). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarLinks.class)
class CalendarLinkConfiguration {
}
