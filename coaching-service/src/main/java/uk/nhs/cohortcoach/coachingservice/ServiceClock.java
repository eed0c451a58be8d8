package uk.nhs.cohortcoach.coachingservice;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock for "now" (UTC): event times, "has the session started", the 14-day log window; replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ServiceClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
