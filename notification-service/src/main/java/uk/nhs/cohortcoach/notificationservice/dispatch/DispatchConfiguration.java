package uk.nhs.cohortcoach.notificationservice.dispatch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the dispatcher's schedule and its settings. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({DispatchProperties.class, SurveyLinks.class})
class DispatchConfiguration {
}
