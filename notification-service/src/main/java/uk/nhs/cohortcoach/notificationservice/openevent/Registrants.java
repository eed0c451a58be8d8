package uk.nhs.cohortcoach.notificationservice.openevent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.ContentRedactionRules;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.Person;

/**
 * The people open-event email goes to: registrants, who are no people of the programme. A registrant's message has
 * the recipient {@code registrant:<registration id>} (no person id, so no one's subject access or erasure is about it);
 * their name and address are looked up, when the email is sent, in the registrations view (kept from the
 * registration events until the retention erases them), never stored in the message. Also makes the links an email
 * carries, when it is sent: the personal cancel and feedback links, the event's page, calendar file and joining link
 * (confirmed registrants only), a resource's page.
 */
@Component
public class Registrants {

    static final String PREFIX = "registrant:";
    /** Stored fields the links are made from. */
    static final String OPEN_EVENT_FIELD = "open_event_id";
    static final String RESOURCE_FIELD = "resource_id";

    private static final Set<Purpose> CANCEL_LINKED = Set.of(Purpose.REGISTRATION_CONFIRMED, Purpose.REGISTRATION_WAITLISTED,
            Purpose.OPEN_EVENT_REMINDER, Purpose.OPEN_EVENT_MOVED);
    private static final Set<Purpose> JOINING_LINKED = Set.of(Purpose.REGISTRATION_CONFIRMED, Purpose.OPEN_EVENT_REMINDER,
            Purpose.OPEN_EVENT_MOVED);

    private final OpenEventViews views;
    private final RegistrantLinks links;

    Registrants(OpenEventViews views, RegistrantLinks links) {
        this.views = views;
        this.links = links;
    }

    static String recipientId(String registrationId) {
        return PREFIX + registrationId;
    }

    /** Whether the message is to a registrant of an open event. */
    public static boolean isRegistrant(Message message) {
        return message.recipientId() != null && message.recipientId().startsWith(PREFIX);
    }

    private static String registrationId(Message message) {
        return message.recipientId().substring(PREFIX.length());
    }

    /** The registrant as a person to write to, while their registration is kept; empty otherwise. */
    public Optional<Person> recipient(Message message) {
        if (!isRegistrant(message)) {
            return Optional.empty();
        }
        return views.registration(registrationId(message))
                .map(r -> new Person(message.recipientId(), r.name() == null ? "" : r.name(), r.email(), null, null));
    }

    /**
     * The links the email carries, by field name; with {@code shown} (the delivery log) the personal links are the
     * words saying they were there, and their tokens are not made.
     */
    public Map<String, String> linksFor(Message message, boolean shown) {
        Map<String, String> fields = new LinkedHashMap<>();
        String resourceId = message.personalisation().get(RESOURCE_FIELD);
        if (resourceId != null && !resourceId.isBlank()) {
            fields.put("resource_link", links.resourceLink(resourceId));
        }
        if (!isRegistrant(message)) {
            return fields;
        }
        String registrationId = registrationId(message);
        String openEventId = message.personalisation().get(OPEN_EVENT_FIELD);
        if (openEventId != null && !openEventId.isBlank()) {
            fields.put("event_link", links.eventLink(openEventId));
            fields.put("add_to_calendar_link", links.calendarLink(openEventId));
            if (JOINING_LINKED.contains(message.purpose())) {
                fields.put("joining_link", joiningLink(registrationId, openEventId));
            }
        }
        if (CANCEL_LINKED.contains(message.purpose())) {
            fields.put(ContentRedactionRules.CANCEL_LINK_FIELD,
                    shown ? ContentRedactionRules.CANCEL_LINK_REMOVED : links.cancelLink(registrationId));
        }
        if (message.purpose() == Purpose.OPEN_EVENT_FEEDBACK) {
            fields.put(ContentRedactionRules.FEEDBACK_LINK_FIELD,
                    shown ? ContentRedactionRules.FEEDBACK_LINK_REMOVED : links.feedbackLink(registrationId));
        }
        return fields;
    }

    /** The event's joining link as it is now, for a registrant who has a place; empty otherwise. */
    private String joiningLink(String registrationId, String openEventId) {
        boolean hasPlace = views.registration(registrationId).map(Registration::confirmed).orElse(false);
        return hasPlace ? views.event(openEventId).map(OpenEventView::joiningLink).orElse("") : "";
    }
}
