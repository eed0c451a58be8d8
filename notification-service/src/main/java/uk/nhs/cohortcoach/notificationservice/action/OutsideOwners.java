package uk.nhs.cohortcoach.notificationservice.action;

import java.util.Map;
import java.util.Optional;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.person.Person;

/**
 * Someone outside the programme who was given an action: they have no person record here (nor anywhere), only the
 * name and email the action was reassigned to them with. Their message's recipient is {@code outsider:<action id>}
 * (not a person id, so no one's subject access or erasure is about it), and their address travels in the message's
 * content under {@link #EMAIL_FIELD}, never sent to Notify as a field and removed with the rest of the content once
 * the provider has answered. They have no preferences: they are sent only the assignment email, never reminders.
 */
public final class OutsideOwners {

    static final String PREFIX = "outsider:";
    static final String EMAIL_FIELD = "outsider_email";
    static final String NAME_FIELD = "outsider_name";

    private OutsideOwners() {
    }

    static String recipientId(String actionId) {
        return PREFIX + actionId;
    }

    /** Whether the message is to someone outside the programme. */
    public static boolean isOutsider(Message message) {
        return message.recipientId() != null && message.recipientId().startsWith(PREFIX);
    }

    /** The outside recipient as a person to write to, while the message still holds their address; empty otherwise. */
    public static Optional<Person> recipient(Message message) {
        if (!isOutsider(message) || message.personalisation().get(EMAIL_FIELD) == null) {
            return Optional.empty();
        }
        Map<String, String> content = message.personalisation();
        return Optional.of(new Person(message.recipientId(), content.getOrDefault(NAME_FIELD, ""), content.get(EMAIL_FIELD), null,
                null));
    }

    /** The personalisation to hand to the provider: without the address and name fields kept to write to them. */
    public static void removeAddressFields(Map<String, String> personalisation) {
        personalisation.remove(EMAIL_FIELD);
        personalisation.remove(NAME_FIELD);
    }
}
