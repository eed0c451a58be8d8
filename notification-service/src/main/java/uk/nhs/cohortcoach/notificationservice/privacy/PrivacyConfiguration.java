package uk.nhs.cohortcoach.notificationservice.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The privacy settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PrivacyNotice.class, RetentionProperties.class})
class PrivacyConfiguration {
}
