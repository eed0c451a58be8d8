package uk.nhs.cohortcoach.notificationservice.openevent;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the open-event settings and links at start-up (under prod a missing link secret stops the service). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OpenEventSettings.class, RegistrantLinks.class})
class OpenEventConfiguration {
}
