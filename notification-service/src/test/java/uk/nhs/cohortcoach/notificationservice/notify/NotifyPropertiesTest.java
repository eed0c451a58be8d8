package uk.nhs.cohortcoach.notificationservice.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binding and start-up validation of cohort-coach.notify, and the choice of channel. */
class NotifyPropertiesTest {

    private static final String[] TEMPLATES = {
        "cohort-coach.notify.templates.session-invitation=00000000-0000-4000-8000-000000000001",
        "cohort-coach.notify.templates.session-rescheduled=00000000-0000-4000-8000-000000000002",
        "cohort-coach.notify.templates.session-cancelled=00000000-0000-4000-8000-000000000003",
        "cohort-coach.notify.templates.session-reminder=00000000-0000-4000-8000-000000000004",
        "cohort-coach.notify.templates.session-log-reminder=00000000-0000-4000-8000-000000000005",
        "cohort-coach.notify.templates.action-assigned=00000000-0000-4000-8000-000000000006",
        "cohort-coach.notify.templates.action-due=00000000-0000-4000-8000-000000000007",
        "cohort-coach.notify.templates.survey-invitation=00000000-0000-4000-8000-000000000008",
        "cohort-coach.notify.templates.survey-reminder=00000000-0000-4000-8000-000000000009",
        "cohort-coach.notify.templates.registration-confirmed=00000000-0000-4000-8000-000000000010",
        "cohort-coach.notify.templates.registration-waitlisted=00000000-0000-4000-8000-000000000011",
        "cohort-coach.notify.templates.registration-cancelled=00000000-0000-4000-8000-000000000012",
        "cohort-coach.notify.templates.open-event-reminder=00000000-0000-4000-8000-000000000013",
        "cohort-coach.notify.templates.open-event-moved=00000000-0000-4000-8000-000000000014",
        "cohort-coach.notify.templates.open-event-cancelled=00000000-0000-4000-8000-000000000015",
        "cohort-coach.notify.templates.open-event-feedback=00000000-0000-4000-8000-000000000016",
        "cohort-coach.notify.templates.recording-available=00000000-0000-4000-8000-000000000017",
        "cohort-coach.notify.templates.new-resource=00000000-0000-4000-8000-000000000018",
    };

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotifyProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner properties = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class)
            .withPropertyValues(TEMPLATES);

    private final ApplicationContextRunner channels = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(EmailChannelConfiguration.class)
            .withPropertyValues(TEMPLATES);

    @Test
    void defaultsToNoKeyNotifysUrlAndTenSeconds() {
        properties.run(context -> {
            NotifyProperties notify = context.getBean(NotifyProperties.class);
            assertThat(notify.hasApiKey()).isFalse();
            assertThat(notify.baseUrl()).hasToString("https://api.notifications.service.gov.uk");
            assertThat(notify.timeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(notify.templateId("survey-reminder")).contains("00000000-0000-4000-8000-000000000009");
        });
    }

    @Test
    void refusesToStartWithAMalformedKeyAndSaysWhy() {
        properties.withPropertyValues("cohort-coach.notify.api-key=live-" + NotifyApiKeyTest.SERVICE_ID + "-not-a-uuid")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("apiKeyWellFormed")
                        .hasMessageContaining("{key name}-{service id}-{secret}")
                        .hasMessageNotContaining("not-a-uuid"));
    }

    @Test
    void refusesToStartWithoutAKeyWhenOneIsRequired() {
        properties.withPropertyValues("cohort-coach.notify.require-key=true", "cohort-coach.notify.api-key=")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("NOTIFY_API_KEY"));
    }

    @Test
    void refusesToStartWithoutACallbackTokenWhenOneIsRequired() {
        properties.withPropertyValues("cohort-coach.notify.require-callback-token=true", "cohort-coach.notify.callback-token= ")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("callbackTokenPresentWhenRequired")
                        .hasMessageContaining("NOTIFY_CALLBACK_TOKEN"));
    }

    @Test
    void refusesToStartWhenATemplateIdIsMissingOrNotAUuid() {
        properties.withPropertyValues("cohort-coach.notify.templates.action-due=not-a-uuid")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("templatesComplete"));
    }

    @Test
    void hidesTheKeyAndCallbackTokenInToString() {
        properties.withPropertyValues("cohort-coach.notify.api-key=" + NotifyApiKeyTest.KEY,
                        "cohort-coach.notify.callback-token=callback-secret-value")
                .run(context -> assertThat(context.getBean(NotifyProperties.class).toString())
                        .doesNotContain(NotifyApiKeyTest.SECRET).doesNotContain("callback-secret-value"));
    }

    @Test
    void choosesTheLogChannelWithoutAKey() {
        channels.run(context -> assertThat(context.getBean(EmailChannel.class)).isInstanceOf(LogEmailChannel.class));
    }

    @Test
    void choosesTheNotifyChannelWithAKey() {
        channels.withPropertyValues("cohort-coach.notify.api-key=" + NotifyApiKeyTest.KEY)
                .run(context -> {
                    assertThat(context).getBeans(EmailChannel.class).hasSize(1);
                    assertThat(context.getBean(EmailChannel.class)).isInstanceOf(NotifyEmailChannel.class);
                    assertThat(context.getBean(EmailChannel.class).name()).isEqualTo("notify");
                });
    }
}
