package uk.nhs.cohortcoach.notificationservice.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.SharedInfrastructureInitializer;

/**
 * A notification-service integration test: the JVM's real Kafka broker and Mongo wire server, and
 * GOV.UK Notify played by {@link NotifyStub}. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PlatformIntegrationTest
// both initializers: a @ContextConfiguration here hides the one @PlatformIntegrationTest carries
@ContextConfiguration(initializers = {SharedInfrastructureInitializer.class, NotifyStubInitializer.class})
public @interface NotificationIntegrationTest {
}
