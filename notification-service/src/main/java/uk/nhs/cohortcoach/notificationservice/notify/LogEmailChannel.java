package uk.nhs.cohortcoach.notificationservice.notify;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel without a GOV.UK Notify key (the local default): writes each email as readable plain
 * text at INFO to the logger {@value #LOGGER} and sends nothing anywhere. Every email is
 * {@link SendOutcome.Accepted} at once with reference {@code log-<uuid>} and {@code delivered = true}
 * (there is no delivery callback to wait for). The prod profile refuses to start without a key, so
 * this channel, which logs addresses, never runs there.
 */
public class LogEmailChannel implements EmailChannel {

    public static final String LOGGER = "cohort-coach.email";
    public static final String NAME = "log";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @Override
    public SendOutcome send(Email email) {
        String providerReference = "log-" + UUID.randomUUID();
        log.info(render(email, providerReference));
        return new SendOutcome.Accepted(providerReference, true);
    }

    static String render(Email email, String providerReference) {
        StringBuilder text = new StringBuilder()
                .append("Email (log channel, not sent)").append(System.lineSeparator())
                .append("  To:        ").append(email.emailAddress()).append(System.lineSeparator())
                .append("  Template:  ").append(email.template()).append(System.lineSeparator())
                .append("  Reference: ").append(email.reference()).append(" (").append(providerReference).append(')');
        Map<String, String> fields = new TreeMap<>(email.personalisation());
        if (!fields.isEmpty()) {
            text.append(System.lineSeparator()).append("  Personalisation:");
            fields.forEach((key, value) -> text.append(System.lineSeparator()).append("    ").append(key).append(": ")
                    .append(value == null ? "" : value.replace("\n", System.lineSeparator() + "      ")));
        }
        return text.toString();
    }

    @Override
    public String name() {
        return NAME;
    }
}
