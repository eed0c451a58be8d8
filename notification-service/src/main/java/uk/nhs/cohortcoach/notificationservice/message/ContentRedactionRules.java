package uk.nhs.cohortcoach.notificationservice.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What of an email may be shown again, in the delivery log: everything the template was filled with, except a
 * credential. The personal survey link (its token is the person's key to their survey) and the personal calendar link
 * (its token is the key to their calendar file), and an open-event registrant's cancel and feedback links (their keys to
 * their registration and to the anonymous feedback form) are replaced by words saying they were there; any other value that
 * holds such a link (in a sentence, say) has the link replaced the same way. Values are never made longer otherwise.
 */
public final class ContentRedactionRules {

    public static final String SURVEY_LINK_FIELD = "survey_link";
    public static final String CALENDAR_LINK_FIELD = "calendar_link";
    public static final String SURVEY_LINK_REMOVED = "[personal survey link removed]";
    public static final String CALENDAR_LINK_REMOVED = "[personal calendar link removed]";
    public static final String CANCEL_LINK_FIELD = "cancel_link";
    public static final String FEEDBACK_LINK_FIELD = "feedback_link";
    public static final String CANCEL_LINK_REMOVED = "[personal cancellation link removed]";
    public static final String FEEDBACK_LINK_REMOVED = "[personal feedback link removed]";

    /** A survey link's path ({@code /respond/<token>}) or a calendar link's ({@code /api/notifications/calendar/<token>.ics}). */
    private static final Pattern SURVEY_LINK = Pattern.compile("\\S*/respond/[^\\s/?#]+\\S*");
    private static final Pattern CALENDAR_LINK = Pattern.compile("\\S*/calendar/[^\\s/?#]+\\.ics\\S*");
    /** An open-event registration's cancel link ({@code /events/registrations/<token>}) or feedback link ({@code /events/feedback/<token>}). */
    private static final Pattern CANCEL_LINK = Pattern.compile("\\S*/events/registrations/[^\\s/?#]+\\S*");
    private static final Pattern FEEDBACK_LINK = Pattern.compile("\\S*/events/feedback/[^\\s/?#]+\\S*");

    private ContentRedactionRules() {
    }

    /** The fields as they may be shown, in the same order. */
    public static Map<String, String> redact(Map<String, String> fields) {
        Map<String, String> shown = new LinkedHashMap<>();
        fields.forEach((name, value) -> shown.put(name, redact(name, value)));
        return shown;
    }

    static String redact(String name, String value) {
        if (value == null) {
            return null;
        }
        if (SURVEY_LINK_FIELD.equals(name)) {
            return SURVEY_LINK_REMOVED;
        }
        if (CALENDAR_LINK_FIELD.equals(name)) {
            return CALENDAR_LINK_REMOVED;
        }
        if (CANCEL_LINK_FIELD.equals(name)) {
            return CANCEL_LINK_REMOVED;
        }
        if (FEEDBACK_LINK_FIELD.equals(name)) {
            return FEEDBACK_LINK_REMOVED;
        }
        String text = SURVEY_LINK.matcher(value).replaceAll(SURVEY_LINK_REMOVED.replace("$", "\\$"));
        text = CANCEL_LINK.matcher(text).replaceAll(CANCEL_LINK_REMOVED.replace("$", "\\$"));
        text = FEEDBACK_LINK.matcher(text).replaceAll(FEEDBACK_LINK_REMOVED.replace("$", "\\$"));
        return CALENDAR_LINK.matcher(text).replaceAll(CALENDAR_LINK_REMOVED.replace("$", "\\$"));
    }
}
