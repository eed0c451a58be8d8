package uk.nhs.cohortcoach.notificationservice.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the service at {@link NotifyStub} with a well-formed test API key, and makes its retries quick. */
public class NotifyStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "cohort-coach.notify.api-key=" + NotifyStub.API_KEY,
                "cohort-coach.notify.base-url=" + NotifyStub.baseUrl(),
                "cohort-coach.notify.callback-token=" + NotifyStub.CALLBACK_TOKEN,
                "cohort-coach.notifications.dispatch.poll-interval=PT0.1S",
                "cohort-coach.notifications.dispatch.retry-first=PT0.2S",
                "cohort-coach.notifications.dispatch.retry-max=PT1S",
                "resilience4j.retry.instances.notify.wait-duration=50ms",
                "resilience4j.circuitbreaker.instances.notify.wait-duration-in-open-state=2s")
                .applyTo(context);
    }
}
