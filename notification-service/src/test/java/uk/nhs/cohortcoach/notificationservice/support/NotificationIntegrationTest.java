package uk.nhs.cohortcoach.notificationservice.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * A notification-service integration test: the JVM's real Kafka broker and Mongo wire server, and
 * GOV.UK Notify played by {@link NotifyStub}. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PlatformIntegrationTest
@ContextConfiguration(initializers = NotifyStubInitializer.class)
public @interface NotificationIntegrationTest {
}
