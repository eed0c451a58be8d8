package uk.nhs.cohortcoach.notificationservice.notify;

import java.util.Map;
import java.util.Objects;

/**
 * One email to hand to the provider.
 *
 * @param template        the template's key, e.g. {@code session-invitation} (mapped to a Notify template id by configuration)
 * @param emailAddress    where it goes
 * @param personalisation the template's fields
 * @param reference       our message id: no personal data, comes back in Notify's delivery callback
 */
public record Email(String template, String emailAddress, Map<String, String> personalisation, String reference) {

    public Email {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(emailAddress, "emailAddress");
        Objects.requireNonNull(reference, "reference");
        personalisation = personalisation == null ? Map.of() : Map.copyOf(personalisation);
    }

    @Override
    public String toString() {
        return "Email[" + template + ", reference " + reference + "]";
    }
}
