package uk.nhs.cohortcoach.notificationservice.notify;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log channel (named Notify* so the module's Notify*Test selection picks it up). */
class NotifyLogEmailChannelTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(LogEmailChannel.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final LogEmailChannel channel = new LogEmailChannel();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    @Test
    void writesAReadableEmailAtInfoToTheEmailLogger() {
        channel.send(new Email("session-invitation", "ada@example.nhs.uk",
                Map.of("name", "Ada", "session", "Team coaching, 3 March 10:00"), "msg-42"));

        assertThat(appender.list).hasSize(1);
        ILoggingEvent event = appender.list.get(0);
        assertThat(event.getLevel()).isEqualTo(Level.INFO);
        assertThat(event.getLoggerName()).isEqualTo("cohort-coach.email");
        assertThat(event.getFormattedMessage())
                .contains("To:        ada@example.nhs.uk")
                .contains("Template:  session-invitation")
                .contains("Reference: msg-42")
                .contains("name: Ada")
                .contains("session: Team coaching, 3 March 10:00");
    }

    @Test
    void acceptsAsDeliveredWithALogReference() {
        SendOutcome first = channel.send(new Email("action-due", "a@example.nhs.uk", Map.of(), "m1"));
        SendOutcome second = channel.send(new Email("action-due", "a@example.nhs.uk", Map.of(), "m2"));

        assertThat(first).isInstanceOfSatisfying(SendOutcome.Accepted.class, accepted -> {
            assertThat(accepted.delivered()).isTrue();
            assertThat(accepted.providerReference()).matches("log-[0-9a-f-]{36}");
        });
        assertThat(((SendOutcome.Accepted) second).providerReference())
                .isNotEqualTo(((SendOutcome.Accepted) first).providerReference());
        assertThat(channel.name()).isEqualTo("log");
    }
}
