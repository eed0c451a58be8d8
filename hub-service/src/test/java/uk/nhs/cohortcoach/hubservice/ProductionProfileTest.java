package uk.nhs.cohortcoach.hubservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The service's own configuration files, bound as the service binds them, without starting it. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HubProperties.class)
    static class OnlyHubProperties {
    }

    @Test
    void refusesToStartInProductionWithoutARegistrationLinkSecret(CapturedOutput output) {
        assertThatThrownBy(() -> start("prod").close()).hasStackTraceContaining("REGISTRATION_LINK_SECRET");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("must be set: cohort-coach.hub.registration-link-secret, environment variable REGISTRATION_LINK_SECRET");
    }

    @Test
    void usesTheSecretItIsGivenInProduction() {
        String secret = "a-production-secret-of-at-least-32-characters";
        try (ConfigurableApplicationContext context = start("prod", "--REGISTRATION_LINK_SECRET=" + secret)) {
            assertThat(context.getBean(HubProperties.class).registrationLinkSecret()).isEqualTo(secret);
        }
    }

    @Test
    void keepsADevelopmentDefaultOutsideProductionSoRunLocalNeedsNone() {
        try (ConfigurableApplicationContext context = start("demo")) {
            assertThat(context.getBean(HubProperties.class).registrationLinkSecret()).startsWith("local-dev-");
        }
    }

    private static ConfigurableApplicationContext start(String profile, String... args) {
        return new SpringApplicationBuilder(OnlyHubProperties.class).profiles(profile)
                .web(WebApplicationType.NONE).run(args);
    }
}
