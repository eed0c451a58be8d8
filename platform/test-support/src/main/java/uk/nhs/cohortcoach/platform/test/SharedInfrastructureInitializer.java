package uk.nhs.cohortcoach.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the JVM's shared Kafka broker and Mongo wire server, and makes the
 * service trust {@link TestTokens} (their issuer, and their key fetched from the test JWKS server).
 */
public class SharedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SharedInfrastructure.Endpoints endpoints = SharedInfrastructure.endpoints();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                "spring.mongodb.uri=" + endpoints.mongoUri(),
                "cohort-coach.security.issuer=" + TestTokens.ISSUER,
                "cohort-coach.security.jwks-uri=" + SharedInfrastructure.jwksUri())
                .applyTo(context);
    }
}
