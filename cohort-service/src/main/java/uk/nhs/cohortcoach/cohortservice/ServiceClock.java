package uk.nhs.cohortcoach.cohortservice;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every event's {@code occurredAt} comes from (UTC), replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ServiceClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
