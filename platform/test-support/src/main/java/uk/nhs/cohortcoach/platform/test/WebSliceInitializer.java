package uk.nhs.cohortcoach.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes a web slice trust {@link TestTokens} (issuer, and the key from the in-JVM JWKS server) and
 * nothing else: unlike {@link SharedInfrastructureInitializer} it starts no broker and no database.
 */
public class WebSliceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "cohort-coach.security.issuer=" + TestTokens.ISSUER,
                "cohort-coach.security.jwks-uri=" + SharedInfrastructure.jwksUri())
                .applyTo(context);
    }
}
