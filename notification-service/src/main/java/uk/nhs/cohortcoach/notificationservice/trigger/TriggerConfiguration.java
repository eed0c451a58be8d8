package uk.nhs.cohortcoach.notificationservice.trigger;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates {@link ReminderSettings} at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class TriggerConfiguration {
}
