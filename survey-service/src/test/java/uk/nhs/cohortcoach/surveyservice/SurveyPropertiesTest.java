package uk.nhs.cohortcoach.surveyservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;

class SurveyPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void aShortLinkSecretIsRefusedAtStart() {
        runner.withPropertyValues("cohort-coach.survey.link-secret=too-short").run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aLongEnoughSecretIsAcceptedAndNeverPrinted() {
        String secret = "a-long-enough-secret-of-at-least-32-chars";
        runner.withPropertyValues("cohort-coach.survey.link-secret=" + secret).run(context -> {
            SurveyProperties properties = context.getBean(SurveyProperties.class);
            assertThat(properties.linkSecret()).isEqualTo(secret);
            assertThat(properties.toString()).doesNotContain(secret);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SurveyProperties.class)
    static class Config {
    }
}
