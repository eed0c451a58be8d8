package uk.nhs.cohortcoach.notificationservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import uk.nhs.cohortcoach.notificationservice.notify.NotifyProperties;
import uk.nhs.cohortcoach.notificationservice.openevent.RegistrantLinks;
import uk.nhs.cohortcoach.notificationservice.session.CalendarLinks;

/**
 * The {@code prod} profile with the service's own configuration files, bound and validated as the service
 * binds them (without Mongo or Kafka): each secret production needs stops start-up when it is missing, and
 * the start-up failure report names the setting and its environment variable.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    private static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan(basePackages = {
        "uk.nhs.cohortcoach.notificationservice.notify", "uk.nhs.cohortcoach.notificationservice.dispatch",
        "uk.nhs.cohortcoach.notificationservice.session", "uk.nhs.cohortcoach.notificationservice.openevent"})
    static class OnlyProperties {
    }

    @Test
    void startsInProductionWhenEverySettingIsGiven() {
        try (ConfigurableApplicationContext context = start(complete())) {
            NotifyProperties notify = context.getBean(NotifyProperties.class);
            assertThat(notify.callbackToken()).isEqualTo("a-callback-token-set-in-notify");
            assertThat(notify.hasApiKey()).isTrue();
            CalendarLinks calendarLinks = context.getBean(CalendarLinks.class);
            assertThat(calendarLinks.secret()).isEqualTo("a-production-calendar-secret-of-32-characters-or-more");
            assertThat(calendarLinks.publicAddress()).isEqualTo("https://cohort-coach.example.nhs.uk/respond/");
            RegistrantLinks registrantLinks = context.getBean(RegistrantLinks.class);
            assertThat(registrantLinks.secret()).isEqualTo("a-production-registration-secret-shared-with-hub-service");
            assertThat(registrantLinks.cancelLink("registration-1")).startsWith("https://cohort-coach.example.nhs.uk/events/registrations/");
        }
    }

    @Test
    void refusesToStartInProductionWithoutARegistrationLinkSecretNamingItAndItsVariable(CapturedOutput output) {
        // application.yml's development default (hub-service's too) must never make production links
        assertThatThrownBy(() -> start(without("REGISTRATION_LINK_SECRET")).close())
                .hasStackTraceContaining("REGISTRATION_LINK_SECRET");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("must be set: cohort-coach.notifications.registration-links.secret, environment variable "
                        + "REGISTRATION_LINK_SECRET");
    }

    @Test
    void refusesToStartInProductionWithARegistrationLinkSecretShorterThan32Characters() {
        List<String> arguments = without("REGISTRATION_LINK_SECRET");
        arguments.add("--REGISTRATION_LINK_SECRET=too-short-to-be-a-key");

        assertThatThrownBy(() -> start(arguments).close()).hasStackTraceContaining("REGISTRATION_LINK_SECRET");
    }

    @Test
    void refusesToStartInProductionWithoutACalendarLinkSecretNamingItAndItsVariable(CapturedOutput output) {
        // application.yml's development default must never sign production links
        assertThatThrownBy(() -> start(without("CALENDAR_LINK_SECRET")).close())
                .hasStackTraceContaining("CALENDAR_LINK_SECRET");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("must be set: cohort-coach.notifications.calendar-links.secret, environment variable "
                        + "CALENDAR_LINK_SECRET");
    }

    @Test
    void refusesToStartInProductionWithoutANotifyCallbackTokenNamingItAndItsVariable(CapturedOutput output) {
        assertThatThrownBy(() -> start(without("NOTIFY_CALLBACK_TOKEN")).close())
                .hasStackTraceContaining("cohort-coach.notify.callback-token")
                .hasStackTraceContaining("NOTIFY_CALLBACK_TOKEN");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("cohort-coach.notify.callback-token")
                .contains("NOTIFY_CALLBACK_TOKEN");
    }

    @Test
    void refusesToStartInProductionWithAnEmptyNotifyCallbackToken() {
        List<String> arguments = without("NOTIFY_CALLBACK_TOKEN");
        arguments.add("--NOTIFY_CALLBACK_TOKEN=");

        assertThatThrownBy(() -> start(arguments).close()).hasStackTraceContaining("NOTIFY_CALLBACK_TOKEN");
    }

    @Test
    void refusesToStartInProductionWithoutAnInvitationLinkSecretNamingItAndItsVariable(CapturedOutput output) {
        assertThatThrownBy(() -> start(without("INVITATION_LINK_SECRET")).close())
                .hasStackTraceContaining("INVITATION_LINK_SECRET");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("must be set: cohort-coach.notifications.survey-links.link-secret, environment variable "
                        + "INVITATION_LINK_SECRET");
    }

    @Test
    void refusesToStartInProductionWithoutTheSurveyPagesAddressNamingItAndItsVariable(CapturedOutput output) {
        // an unresolvable ${SURVEY_LINK_BASE_URL} used to be bound as its own text and accepted
        assertThatThrownBy(() -> start(without("SURVEY_LINK_BASE_URL")).close())
                .hasStackTraceContaining("SURVEY_LINK_BASE_URL");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("must be set: cohort-coach.notifications.survey-links.base-url, environment variable "
                        + "SURVEY_LINK_BASE_URL");
    }

    @Test
    void keepsTheCallbackTokenOptionalOutsideProductionSoRunLocalNeedsNone() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OnlyProperties.class).profiles("demo")
                .web(WebApplicationType.NONE).run()) {
            assertThat(context.getBean(NotifyProperties.class).callbackToken()).isEmpty();
        }
    }

    /** Everything production needs, as environment variables would give it. */
    private static List<String> complete() {
        List<String> arguments = new ArrayList<>(List.of(
                "--NOTIFY_API_KEY=cohort_coach_live-" + SERVICE_ID + "-5d8c7c38-3a3c-4b4e-8f66-0e2c4f1f5b11",
                "--NOTIFY_CALLBACK_TOKEN=a-callback-token-set-in-notify",
                "--INVITATION_LINK_SECRET=a-production-secret-of-at-least-32-characters",
                "--CALENDAR_LINK_SECRET=a-production-calendar-secret-of-32-characters-or-more",
                "--REGISTRATION_LINK_SECRET=a-production-registration-secret-shared-with-hub-service",
                "--SURVEY_LINK_BASE_URL=https://cohort-coach.example.nhs.uk/respond/"));
        String[] purposes = {"SESSION_INVITATION", "SESSION_RESCHEDULED", "SESSION_CANCELLED", "SESSION_REMINDER",
            "SESSION_LOG_REMINDER", "ACTION_ASSIGNED", "ACTION_DUE", "SURVEY_INVITATION", "SURVEY_REMINDER",
            "REGISTRATION_CONFIRMED", "REGISTRATION_WAITLISTED", "REGISTRATION_CANCELLED", "OPEN_EVENT_REMINDER", "OPEN_EVENT_MOVED",
            "OPEN_EVENT_CANCELLED", "OPEN_EVENT_FEEDBACK", "RECORDING_AVAILABLE", "NEW_RESOURCE"};
        for (int i = 0; i < purposes.length; i++) {
            arguments.add("--NOTIFY_TEMPLATE_" + purposes[i] + "=00000000-0000-4000-8000-0000000001%02d".formatted(i));
        }
        return arguments;
    }

    private static List<String> without(String variable) {
        List<String> arguments = complete();
        assertThat(arguments.removeIf(argument -> argument.startsWith("--" + variable + "="))).as(variable).isTrue();
        return arguments;
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(OnlyProperties.class).profiles("prod").web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }
}
